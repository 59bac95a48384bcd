package eu.convivio.training.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.Certificates;
import eu.convivio.training.domain.Certificate;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Training certificates over HTTP. Verification by code is public and shows only what the
 * certificate shows; learners list and download their own; trainers and administrators of the
 * host municipality list a session's, issue one for a completed enrolment, and revoke.
 */
@Path("training/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training certificates", description = "Certificates of completed training, their PDF and public verification")
public class CertificateResource {

    @Inject
    private Certificates certificates;

    @Context
    private UriInfo uri;

    public record CertificateView(UUID id, String code, UUID enrolmentId, UUID sessionId, UUID courseId,
                                  String learnerName, String courseTitle, BigDecimal hours, LocalDate firstDay,
                                  LocalDate lastDay, String hostName, String trainerNames, Instant issuedAt,
                                  Instant revokedAt, String revocationReason) {

        static CertificateView of(Certificate c) {
            return new CertificateView(c.getId(), c.code().display(), c.getEnrolmentId(), c.getSessionId(),
                    c.getCourseId(), c.getLearnerName(), c.getCourseTitle(), c.getHours(), c.getFirstDay(),
                    c.getLastDay(), c.getHostName(), c.getTrainerNames(), c.getIssuedAt(), c.getRevokedAt(),
                    c.getRevocationReason());
        }
    }

    public record IssueRequest(String enrolmentId) {
    }

    public record RevokeRequest(String reason) {
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    @Operation(summary = "Confirm or deny a verification code (no sign-in); an unknown code answers 404, a revoked one says so")
    public Certificates.Verification verify(@PathParam("code") String code) {
        Certificates.Verification v = certificates.verify(code);
        if (v.status() == Certificates.Verification.Status.UNKNOWN) {
            throw new Problem.NotFound("No certificate has this verification code.");
        }
        return v;
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The signed-in learner's certificates")
    public List<CertificateView> mine() {
        return certificates.mine().stream().map(CertificateView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One certificate: its learner's, or for the host municipality's trainers and administrators")
    public CertificateView get(@PathParam("id") String id) {
        return CertificateView.of(certificates.readable(Params.pathId(id, "certificate")));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The certificate as a PDF")
    public Response pdf(@PathParam("id") String id) {
        UUID certificate = Params.pathId(id, "certificate");
        byte[] pdf = certificates.pdf(certificate, site());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate + ".pdf\"").build();
    }

    @GET
    @Path("sessions/{sessionId}")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "A session's certificates, for the host's trainers and administrators")
    public List<CertificateView> ofSession(@PathParam("sessionId") String sessionId) {
        return certificates.ofSession(Params.pathId(sessionId, "session")).stream().map(CertificateView::of).toList();
    }

    @POST
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Issue the certificate of a completed enrolment that has none (they are issued on completion)")
    public Response issue(IssueRequest request) {
        Certificate c = certificates.issueFor(Params.field(Params.required(request).enrolmentId(), "enrolmentId"));
        return Response.created(uri.getAbsolutePathBuilder().path(c.getId().toString()).build())
                .entity(CertificateView.of(c)).build();
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Revoke a certificate, with the reason; verification says it is revoked from now on")
    public CertificateView revoke(@PathParam("id") String id, RevokeRequest request) {
        return CertificateView.of(certificates.revoke(Params.pathId(id, "certificate"), Params.required(request).reason()));
    }

    private String site() {
        String base = uri.getBaseUri().toString();
        // the API lives under /api; pages are at the site's root
        return base.replaceAll("/api/?$", "");
    }
}
