package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's decision on a consultation comment; every decision comes with its reason. */
@Schema(type = SchemaType.STRING, enumeration = {"accepted", "partly_accepted", "rejected"})
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
