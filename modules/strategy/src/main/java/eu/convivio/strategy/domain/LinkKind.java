package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a measure links to in another module: a need it addresses, a service that delivers it, a course it requires. */
@Schema(type = SchemaType.STRING, enumeration = {"need", "service", "course"})
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
