package eu.convivio.catalogue.domain;

/** Where a good practice stands: a draft is its municipality's business, a published one everybody's. */
public enum PracticeStatus {
    DRAFT,
    PUBLISHED
}
