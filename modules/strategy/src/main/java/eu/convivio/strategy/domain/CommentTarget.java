package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a consultation comment is about: a section of the text or a measure. */
@Schema(type = SchemaType.STRING, enumeration = {"section", "measure"})
public enum CommentTarget {
    SECTION,
    MEASURE;

    /** The code the API writes, e.g. {@code section}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static CommentTarget of(String code) {
        return Codes.parse(CommentTarget.class, code);
    }
}
