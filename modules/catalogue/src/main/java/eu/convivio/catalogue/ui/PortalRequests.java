package eu.convivio.catalogue.ui;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** What the portal's pages share in reading a request and answering it. */
final class PortalRequests {

    private PortalRequests() {
    }

    /** A malformed id names nothing, exactly like an unknown one. */
    static Optional<UUID> uuid(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Answers 404, so that the container shows the platform's error page. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
