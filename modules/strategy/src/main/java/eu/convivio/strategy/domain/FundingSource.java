package eu.convivio.strategy.domain;

/** Where a measure's money comes from: the EU funds cities use for integration, or their own budget. */
public enum FundingSource {
    /** Asylum, Migration and Integration Fund. */
    AMIF,
    /** European Social Fund Plus. */
    ESF_PLUS,
    ERASMUS_PLUS,
    MUNICIPAL_BUDGET,
    OTHER
}
