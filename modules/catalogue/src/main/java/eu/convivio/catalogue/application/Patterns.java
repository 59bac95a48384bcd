package eu.convivio.catalogue.application;

/** Shapes that several edited records check, as the database's CHECK constraints do. */
final class Patterns {

    /** BCP 47, as catalogue.translation checks it. */
    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    static final String URL = "https?://[^\\s]+";

    /** The fields catalogue.translation accepts. */
    static final String TRANSLATABLE = "name|alternate_name|description|application_process|fees_description"
            + "|eligibility_description|interpretation_services|alert";

    private Patterns() {
    }
}
