package eu.convivio.strategy.domain;

/** Why a measure needs another look: something it relies on changed in another module. */
public enum FlagReason {
    SERVICE_WITHDRAWN,
    NEED_CLOSED
}
