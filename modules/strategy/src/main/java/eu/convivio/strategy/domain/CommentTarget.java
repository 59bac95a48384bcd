package eu.convivio.strategy.domain;

/** What a consultation comment is about: a section of the text or a measure. */
public enum CommentTarget {
    SECTION,
    MEASURE
}
