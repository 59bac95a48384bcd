package eu.convivio.strategy.domain;

/**
 * Where a strategy stands: its open draft is being written ({@link #DRAFT}), is out for public
 * consultation, is being revised after the consultation, or there is no open draft because the
 * latest version was adopted.
 */
public enum StrategyStatus {
    DRAFT,
    CONSULTATION,
    REVISED_DRAFT,
    ADOPTED;

    /** Whether the open draft's text may be changed: not while the public is commenting on it. */
    public boolean editable() {
        return this == DRAFT || this == REVISED_DRAFT;
    }
}
