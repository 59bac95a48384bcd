package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a measure links to in another module: a need it addresses, a service that delivers it, a course it requires. */
public enum LinkKind {
    NEED,
    SERVICE,
    COURSE;

    /** The code the API writes, e.g. {@code need}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static LinkKind of(String code) {
        return Codes.parse(LinkKind.class, code);
    }
}
