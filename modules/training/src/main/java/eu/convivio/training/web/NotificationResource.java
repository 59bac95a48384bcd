package eu.convivio.training.web;

import eu.convivio.platform.api.Role;
import eu.convivio.training.application.NotificationOutbox;
import eu.convivio.training.domain.Notification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The signed-in person's training notifications, whether or not they were mailed. */
@Path("training/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training notifications", description = "What learners and trainers were told")
public class NotificationResource {

    @Inject
    private NotificationOutbox outbox;

    public record NotificationView(UUID id, String kind, UUID sessionId, UUID enrolmentId, String subject, String body,
                                   Instant createdAt, Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind().name(), n.getSessionId(), n.getEnrolmentId(),
                    n.getSubject(), n.getBody(), n.getCreatedAt(), n.getSentAt());
        }
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The latest 100 notifications, newest first; sentAt is null when not (yet) mailed")
    public List<NotificationView> mine() {
        return outbox.mine(100).stream().map(NotificationView::of).toList();
    }
}
