package eu.convivio.strategy.domain;

/** A version is the open draft of its strategy or an adopted (frozen) text. */
public enum VersionKind {
    DRAFT,
    ADOPTED
}
