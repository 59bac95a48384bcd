package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a measure has come. */
@Schema(type = SchemaType.STRING, enumeration = {"planned", "in_progress", "done", "delayed", "dropped"})
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    DROPPED;

    /** The code the API writes, e.g. {@code in_progress}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static MeasureStatus of(String code) {
        return Codes.parse(MeasureStatus.class, code);
    }
}
