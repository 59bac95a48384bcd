package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version is the open draft of its strategy or an adopted (frozen) text. */
@Schema(type = SchemaType.STRING, enumeration = {"draft", "adopted"})
public enum VersionKind {
    DRAFT,
    ADOPTED;

    /** The code the API writes, e.g. {@code draft}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static VersionKind of(String code) {
        return Codes.parse(VersionKind.class, code);
    }
}
