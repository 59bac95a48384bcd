package eu.convivio.strategy.domain;

/** The secretariat's decision on a consultation comment; every decision comes with its reason. */
public enum CommentAnswer {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED
}
