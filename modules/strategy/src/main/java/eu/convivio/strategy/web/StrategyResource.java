package eu.convivio.strategy.web;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.NewStrategy;
import eu.convivio.strategy.application.StrategyDrafting;
import eu.convivio.strategy.application.StrategyPublishing;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyTemplate;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContent;
import eu.convivio.strategy.web.StrategyViews.ComparisonView;
import eu.convivio.strategy.web.StrategyViews.GoalView;
import eu.convivio.strategy.web.StrategyViews.IndicatorView;
import eu.convivio.strategy.web.StrategyViews.MeasureView;
import eu.convivio.strategy.web.StrategyViews.SectionView;
import eu.convivio.strategy.web.StrategyViews.StrategyExport;
import eu.convivio.strategy.web.StrategyViews.StrategyView;
import eu.convivio.strategy.web.StrategyViews.TemplateView;
import eu.convivio.strategy.web.StrategyViews.VersionSummary;
import eu.convivio.strategy.web.StrategyViews.VersionView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Integration strategies over HTTP. Reading: adopted versions are public, drafts are read by the
 * council, officers and administrators of the strategy's municipality; to anyone else they do not
 * exist (404). Writing takes a council member of the municipality (or a platform administrator)
 * with a bearer token; edits carry the version that was read (If-Match or {@code version}).
 */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies", description = "Local integration strategies: drafting, lifecycle, versions, comparison and exports")
public class StrategyResource {

    @Inject
    private StrategyReading reading;

    @Inject
    private StrategyDrafting drafting;

    @Inject
    private StrategyPublishing publishing;

    @Inject
    private CurrentUser user;

    @Context
    private UriInfo uri;

    public record StrategyRequest(UUID municipalityId, String title, String language, LocalDate periodFrom,
                                  LocalDate periodTo, String template, UUID copyOf, Boolean allowPublicComments, Long version) {
    }

    public record ConsultationRequest(LocalDate start, LocalDate end) {
    }

    public record AdoptionRequest(LocalDate adoptedAt, String adoptingBody, String decisionReference) {
    }

    public record SectionRequest(UUID parentId, String heading, String body, Long version) {
    }

    /** Where a section goes: under {@code parentId}, or to the top level when it is null or absent. */
    public record PlacementRequest(UUID parentId, Long version) {
    }

    public record GoalRequest(String title, String description, Long version) {
    }

    public record MeasureRequest(UUID goalId, String title, String description, UUID responsibleDepartmentId,
                                 String responsibleBody, String partners, LocalDate startDate, LocalDate endDate,
                                 BigDecimal budget, String currency, FundingSource fundingSource, MeasureStatus status,
                                 Integer progress, Long version) {
        MeasurePlan plan() {
            return new MeasurePlan(goalId, title, description, responsibleDepartmentId, responsibleBody, partners, startDate,
                    endDate, budget, currency, fundingSource, status == null ? MeasureStatus.PLANNED : status,
                    progress == null ? 0 : progress);
        }
    }

    public record IndicatorRequest(UUID goalId, UUID measureId, String name, String unit, BigDecimal baseline,
                                   LocalDate baselineDate, BigDecimal target, LocalDate targetDate, Long version) {
        IndicatorDefinition definition() {
            return new IndicatorDefinition(goalId, measureId, name, unit, baseline, baselineDate, target, targetDate);
        }
    }

    // ---- strategies

    @GET
    @PermitAll
    @Operation(summary = "Strategies the caller may read: every strategy with an adopted version, and the drafts of the caller's municipalities")
    public List<StrategyView> list() {
        Map<UUID, StrategyReading.StrategySummary> all = new LinkedHashMap<>();
        reading.adopted().forEach(s -> all.put(s.strategy().getId(), s));
        reading.mine().forEach(s -> all.putIfAbsent(s.strategy().getId(), s));
        return all.values().stream().map(s -> view(s.strategy())).toList();
    }

    @GET
    @Path("templates")
    @PermitAll
    @Operation(summary = "Templates a new strategy can start from")
    public List<TemplateView> templates() {
        return StrategyTemplate.all().stream().map(t -> new TemplateView(t.code(), t.name(), t.source(),
                t.parts().stream().map(StrategyTemplate.Part::heading).toList())).toList();
    }

    @POST
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Start a strategy: empty, from a template (template) or copying an adopted version (copyOf)")
    public Response create(StrategyRequest r) {
        Ids.body(r);
        Strategy s = drafting.create(new NewStrategy(r.municipalityId(), r.title(), r.language(), r.periodFrom(), r.periodTo(),
                r.template(), r.copyOf(), Boolean.TRUE.equals(r.allowPublicComments())));
        return Response.created(uri.getAbsolutePathBuilder().path(s.getId().toString()).build())
                .entity(view(s)).tag(tag(s.getVersion())).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A strategy with the versions the caller may read")
    public Response get(@PathParam("id") String id) {
        return ok(reading.strategy(uuid(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change title, language, period and public comments; If-Match carries the strategy's version")
    public Response describe(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StrategyRequest r) {
        Ids.body(r);
        return ok(drafting.describe(uuid(id), IfMatch.version(ifMatch, r.version()), r.title(), r.language(),
                r.periodFrom(), r.periodTo(), r.allowPublicComments()));
    }

    @POST
    @Path("{id}/consultation")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Put the draft to public consultation from start to end")
    public Response startConsultation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ConsultationRequest r) {
        Ids.body(r);
        return ok(drafting.startConsultation(uuid(id), IfMatch.optional(ifMatch), r.start(), r.end()));
    }

    @POST
    @Path("{id}/consultation/close")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Close the consultation: the draft becomes a revised draft")
    public Response closeConsultation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(drafting.closeConsultation(uuid(id), IfMatch.optional(ifMatch)));
    }

    @POST
    @Path("{id}/adoption")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Adopt the revised draft: it becomes a frozen, numbered, public version")
    public Response adopt(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, AdoptionRequest r) {
        Ids.body(r);
        StrategyVersion v = drafting.adopt(uuid(id), IfMatch.optional(ifMatch), r.adoptedAt(), r.adoptingBody(), r.decisionReference());
        return Response.ok(VersionSummary.of(v)).build();
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Start a revision: a new draft copied from the latest adopted version")
    public Response startRevision(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        StrategyVersion v = drafting.startRevision(uuid(id), IfMatch.optional(ifMatch));
        return Response.created(uri.getBaseUriBuilder().path("strategies").path(id).path("versions").path(v.getId().toString()).build())
                .entity(VersionSummary.of(v)).build();
    }

    // ---- versions and outputs

    @GET
    @Path("{id}/versions/{versionId}")
    @PermitAll
    @Operation(summary = "A version with its sections (Markdown and safe HTML), goals, measures and indicators")
    public VersionView version(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        return VersionView.of(reading.contents(versionOf(id, versionId)));
    }

    @GET
    @Path("{id}/versions/{versionId}/pdf")
    @Produces("application/pdf")
    @PermitAll
    @Operation(summary = "A version as PDF; lang chooses the language of the headings (en, sk, el, bg)")
    public Response pdf(@PathParam("id") String id, @PathParam("versionId") String versionId, @QueryParam("lang") String lang) {
        StrategyVersion v = versionOf(id, versionId);
        byte[] pdf = publishing.pdf(v.getId(), lang == null ? user.preferredLanguage() : lang);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"strategy-" + v.getStrategy().getId() + "-v" + v.getNumber() + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}/export")
    @PermitAll
    @Operation(summary = "The whole strategy as JSON: its description and every version the caller may read")
    public Response export(@PathParam("id") String id) {
        Strategy s = reading.strategy(uuid(id));
        List<VersionView> versions = reading.versions(s).stream().map(v -> VersionView.of(reading.contents(v))).toList();
        return Response.ok(new StrategyExport("convivio-strategy/1", view(s), versions))
                .header("Content-Disposition", "attachment; filename=\"strategy-" + s.getId() + ".json\"").build();
    }

    @GET
    @Path("{id}/compare")
    @PermitAll
    @Operation(summary = "Compare two versions (from, to): sections word by word, goals, measures and indicators field by field")
    public ComparisonView compare(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null || from.isBlank()) {
            throw new Problem.Invalid("from", "Give the version to compare from.");
        }
        if (to == null || to.isBlank()) {
            throw new Problem.Invalid("to", "Give the version to compare with.");
        }
        return ComparisonView.of(reading.compare(versionOf(id, from).getId(), versionOf(id, to).getId()));
    }

    // ---- the open draft's content

    @POST
    @Path("{id}/sections")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a section (or a subsection, with parentId) to the open draft")
    public Response addSection(@PathParam("id") String id, SectionRequest r) {
        Ids.body(r);
        return created(id, "sections", drafting.addSection(uuid(id), r.parentId(), r.heading(), r.body()),
                StrategyResource::sectionView);
    }

    @PUT
    @Path("{id}/sections/{sectionId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Save a section; a save on an older text than the current one answers 409 with the newer text")
    public Response saveSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
                                @HeaderParam("If-Match") String ifMatch, SectionRequest r) {
        Ids.body(r);
        return save(id, Section.class, sectionId, ifMatch, r.version(),
                (section, version) -> drafting.saveSection(section, version, r.heading(), r.body()), StrategyResource::sectionView);
    }

    @POST
    @Path("{id}/sections/{sectionId}/move")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Move a section one place up (step=-1) or down (step=1) among its siblings")
    public Response moveSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
                                @QueryParam("step") Integer step, @HeaderParam("If-Match") String ifMatch) {
        if (step == null || (step != -1 && step != 1)) {
            throw new Problem.Invalid("step", "Move by -1 (up) or 1 (down).");
        }
        return ok(drafting.moveSection(pieceOf(id, Section.class, sectionId).getId(), IfMatch.optional(ifMatch), step),
                StrategyResource::sectionView);
    }

    @POST
    @Path("{id}/sections/{sectionId}/placement")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Place a section under another section of the open draft (parentId null: at the top level), "
            + "after that parent's subsections; If-Match (or version in the body) carries the section's version")
    public Response placeSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
                                 @HeaderParam("If-Match") String ifMatch, PlacementRequest r) {
        Ids.body(r);
        return save(id, Section.class, sectionId, ifMatch, r.version(),
                (section, version) -> drafting.placeSection(section, version, r.parentId()), StrategyResource::sectionView);
    }

    @DELETE
    @Path("{id}/sections/{sectionId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a section and its subsections from the open draft")
    public Response removeSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
                                  @HeaderParam("If-Match") String ifMatch) {
        return remove(id, Section.class, sectionId, ifMatch, drafting::removeSection);
    }

    @POST
    @Path("{id}/goals")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a goal to the open draft")
    public Response addGoal(@PathParam("id") String id, GoalRequest r) {
        Ids.body(r);
        return created(id, "goals", drafting.addGoal(uuid(id), r.title(), r.description()), GoalView::of);
    }

    @PUT
    @Path("{id}/goals/{goalId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change a goal; If-Match carries its version")
    public Response saveGoal(@PathParam("id") String id, @PathParam("goalId") String goalId,
                             @HeaderParam("If-Match") String ifMatch, GoalRequest r) {
        Ids.body(r);
        return save(id, Goal.class, goalId, ifMatch, r.version(),
                (goal, version) -> drafting.saveGoal(goal, version, r.title(), r.description()), GoalView::of);
    }

    @DELETE
    @Path("{id}/goals/{goalId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a goal; its measures and indicators stay, serving no goal")
    public Response removeGoal(@PathParam("id") String id, @PathParam("goalId") String goalId, @HeaderParam("If-Match") String ifMatch) {
        return remove(id, Goal.class, goalId, ifMatch, drafting::removeGoal);
    }

    @POST
    @Path("{id}/measures")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a measure to the open draft")
    public Response addMeasure(@PathParam("id") String id, MeasureRequest r) {
        Ids.body(r);
        return created(id, "measures", drafting.addMeasure(uuid(id), r.plan()), MeasureView::of);
    }

    @PUT
    @Path("{id}/measures/{measureId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change a measure; If-Match carries its version")
    public Response saveMeasure(@PathParam("id") String id, @PathParam("measureId") String measureId,
                                @HeaderParam("If-Match") String ifMatch, MeasureRequest r) {
        Ids.body(r);
        return save(id, Measure.class, measureId, ifMatch, r.version(),
                (measure, version) -> drafting.saveMeasure(measure, version, r.plan()), MeasureView::of);
    }

    @DELETE
    @Path("{id}/measures/{measureId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a measure and its indicators")
    public Response removeMeasure(@PathParam("id") String id, @PathParam("measureId") String measureId, @HeaderParam("If-Match") String ifMatch) {
        return remove(id, Measure.class, measureId, ifMatch, drafting::removeMeasure);
    }

    @POST
    @Path("{id}/indicators")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add an indicator to the open draft")
    public Response addIndicator(@PathParam("id") String id, IndicatorRequest r) {
        Ids.body(r);
        return created(id, "indicators", drafting.addIndicator(uuid(id), r.definition()), IndicatorView::of);
    }

    @PUT
    @Path("{id}/indicators/{indicatorId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Change an indicator; If-Match carries its version")
    public Response saveIndicator(@PathParam("id") String id, @PathParam("indicatorId") String indicatorId,
                                  @HeaderParam("If-Match") String ifMatch, IndicatorRequest r) {
        Ids.body(r);
        return save(id, Indicator.class, indicatorId, ifMatch, r.version(),
                (indicator, version) -> drafting.saveIndicator(indicator, version, r.definition()), IndicatorView::of);
    }

    @DELETE
    @Path("{id}/indicators/{indicatorId}")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove an indicator")
    public Response removeIndicator(@PathParam("id") String id, @PathParam("indicatorId") String indicatorId, @HeaderParam("If-Match") String ifMatch) {
        return remove(id, Indicator.class, indicatorId, ifMatch, drafting::removeIndicator);
    }

    // ---- helpers

    private StrategyView view(Strategy s) {
        return StrategyView.of(s, reading.municipalityName(s.getMunicipalityId()), reading.versions(s));
    }

    private StrategyVersion versionOf(String strategyId, String versionId) {
        StrategyVersion v = reading.version(uuid(versionId));
        if (!v.getStrategy().getId().equals(uuid(strategyId))) {
            throw new Problem.NotFound("No such strategy version.");
        }
        return v;
    }

    /** A piece of the strategy named in the path; a piece of another strategy does not exist here. */
    private <T extends VersionContent> T pieceOf(String strategyId, Class<T> type, String pieceId) {
        T piece = reading.piece(type, uuid(pieceId));
        if (!piece.getStrategyVersion().getStrategy().getId().equals(uuid(strategyId))) {
            throw new Problem.NotFound("No such " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return piece;
    }

    /**
     * Saves a piece of the strategy named in the path, with the version the client edited (If-Match,
     * or {@code version} in the body), and answers the saved piece with its new ETag. The piece is
     * looked up before the version is read, so that a piece of another strategy is 404 whatever the
     * header holds.
     */
    private <T extends VersionContent> Response save(String strategyId, Class<T> type, String pieceId, String ifMatch,
                                                     Long bodyVersion, BiFunction<UUID, Long, T> saving,
                                                     Function<? super T, ?> view) {
        UUID piece = pieceOf(strategyId, type, pieceId).getId();
        return ok(saving.apply(piece, IfMatch.version(ifMatch, bodyVersion)), view);
    }

    /**
     * Removes a piece of the strategy named in the path; If-Match, when sent, must carry the
     * piece's version. Answers 204.
     */
    private <T extends VersionContent> Response remove(String strategyId, Class<T> type, String pieceId, String ifMatch,
                                                       BiConsumer<UUID, Long> removal) {
        UUID piece = pieceOf(strategyId, type, pieceId).getId();
        removal.accept(piece, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }

    /** A new piece of the open draft: 201 with its address under the strategy, its view and its ETag. */
    private <T extends VersionContent> Response created(String strategyId, String collection, T piece,
                                                        Function<? super T, ?> view) {
        return Response.created(uri.getBaseUriBuilder().path("strategies").path(strategyId).path(collection)
                        .path(piece.getId().toString()).build())
                .entity(view.apply(piece)).tag(tag(piece.getVersion())).build();
    }

    /** A piece of the draft as it now stands, with its version as the ETag. */
    private static <T extends VersionContent> Response ok(T piece, Function<? super T, ?> view) {
        return Response.ok(view.apply(piece)).tag(tag(piece.getVersion())).build();
    }

    /** A strategy as it now stands, with its version as the ETag. */
    private Response ok(Strategy s) {
        return Response.ok(view(s)).tag(tag(s.getVersion())).build();
    }

    /** A section answered on its own: no outline number, at depth 0. */
    private static SectionView sectionView(Section s) {
        return SectionView.of(s, null, 0);
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** An identifier in the path; a malformed one names nothing here. */
    static UUID uuid(String id) {
        return Ids.path(id, "strategy, version or part of it");
    }
}
