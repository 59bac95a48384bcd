package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The secretariat's decision on a consultation comment; every decision comes with its reason. */
public enum CommentAnswer {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED;

    /** The code the API writes, e.g. {@code partly_accepted}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static CommentAnswer of(String code) {
        return Codes.parse(CommentAnswer.class, code);
    }
}
