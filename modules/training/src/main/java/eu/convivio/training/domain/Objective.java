package eu.convivio.training.domain;

import java.util.UUID;

/** A learning objective as an editor sends it: with the id of an existing one, or none for a new one. */
public record Objective(UUID id, String text) {
}
