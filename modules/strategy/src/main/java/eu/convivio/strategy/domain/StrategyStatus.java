package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a strategy stands: its open draft is being written ({@link #DRAFT}), is out for public
 * consultation, is being revised after the consultation, or there is no open draft because the
 * latest version was adopted.
 */
@Schema(type = SchemaType.STRING, enumeration = {"draft", "consultation", "revised_draft", "adopted"})
public enum StrategyStatus {
    DRAFT,
    CONSULTATION,
    REVISED_DRAFT,
    ADOPTED;

    /** The code the API writes, e.g. {@code revised_draft}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static StrategyStatus of(String code) {
        return Codes.parse(StrategyStatus.class, code);
    }

    /** Whether the open draft's text may be changed: not while the public is commenting on it. */
    public boolean editable() {
        return this == DRAFT || this == REVISED_DRAFT;
    }
}
