package eu.convivio.strategy.domain;

/** What a measure links to in another module: a need it addresses, a service that delivers it, a course it requires. */
public enum LinkKind {
    NEED,
    SERVICE,
    COURSE
}
