package eu.convivio.catalogue.web;

/** A query parameter the catalogue API cannot use: answered with 400 and the parameter's name. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
