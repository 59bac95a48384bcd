package eu.convivio.strategy.domain;

/** How far a measure has come. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    DROPPED
}
