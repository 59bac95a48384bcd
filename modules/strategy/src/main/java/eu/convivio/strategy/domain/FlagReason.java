package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a measure needs another look: something it relies on changed in another module. */
@Schema(type = SchemaType.STRING, enumeration = {"service_withdrawn", "need_closed"})
public enum FlagReason {
    SERVICE_WITHDRAWN,
    NEED_CLOSED;

    /** The code the API writes, e.g. {@code service_withdrawn}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static FlagReason of(String code) {
        return Codes.parse(FlagReason.class, code);
    }
}
