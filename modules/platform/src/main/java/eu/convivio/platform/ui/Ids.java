package eu.convivio.platform.ui;

import java.util.UUID;

/** Ids as they come back from select menus: empty means none chosen. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
