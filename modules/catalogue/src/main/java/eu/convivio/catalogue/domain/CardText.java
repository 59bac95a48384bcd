package eu.convivio.catalogue.domain;

/** A card's text in one language; {@code reviewed} once someone who knows the language has checked it. */
public record CardText(String language, String text, boolean reviewed) {
}
