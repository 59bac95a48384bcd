package eu.convivio.strategy.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a measure's money comes from: the EU funds cities use for integration, or their own budget. */
@Schema(type = SchemaType.STRING, enumeration = {"amif", "esf_plus", "erasmus_plus", "municipal_budget", "other"})
public enum FundingSource {
    /** Asylum, Migration and Integration Fund. */
    AMIF,
    /** European Social Fund Plus. */
    ESF_PLUS,
    ERASMUS_PLUS,
    MUNICIPAL_BUDGET,
    OTHER;

    /** The code the API writes, e.g. {@code esf_plus}. */
    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    /** The constant for a code in any case (the API's lower case, or the earlier upper case). */
    @JsonCreator
    public static FundingSource of(String code) {
        return Codes.parse(FundingSource.class, code);
    }
}
