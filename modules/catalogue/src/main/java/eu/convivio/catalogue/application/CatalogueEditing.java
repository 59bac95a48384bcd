package eu.convivio.catalogue.application;

import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.catalogue.api.ServiceWithdrawn;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.domain.Address;
import eu.convivio.catalogue.domain.Attribute;
import eu.convivio.catalogue.domain.CostOption;
import eu.convivio.catalogue.domain.EditedRecord;
import eu.convivio.catalogue.domain.Language;
import eu.convivio.catalogue.domain.Location;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Phone;
import eu.convivio.catalogue.domain.RequiredDocument;
import eu.convivio.catalogue.domain.Schedule;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceArea;
import eu.convivio.catalogue.domain.ServiceEligibility;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Creating and changing services, organisations and locations: the catalogue's one entry point for
 * writes, used by the API and the editor's pages alike. Every write checks {@link EditRule} on the
 * record as it is and as it will be, validates the whole record (Bean Validation plus the rules
 * that span fields), refuses an edit of an older version with what changed since
 * ({@link StaleRecord}) and keeps a snapshot of each saved version. The search rows (V9) follow
 * by themselves: the search migration's triggers rebuild them for every service a transaction
 * touched, at commit.
 * <p>
 * Concurrent saves of one record are serialised by a row lock taken before the version is compared,
 * so that of many editors who all saw the same version exactly one succeeds and every other one
 * is told what the winner changed.
 */
@ApplicationScoped
@Transactional
public class CatalogueEditing {

    static final String SERVICE = "service";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    @Inject
    private Validator validator;

    @Inject
    private Event<ServiceWithdrawn> withdrawals;

    private Consumer<ServiceWithdrawn> withdrawalsInTests;
    private Supplier<Editor> editorSource;
    private Clock clock = Clock.systemDefaultZone();

    /** For CDI. */
    public CatalogueEditing() {
    }

    /** For persistence tests, which run without a container: the editor and the clock are given. */
    CatalogueEditing(EntityManager em, Validator validator, Supplier<Editor> editor, Clock clock) {
        this.em = em;
        this.validator = validator;
        this.editorSource = editor;
        this.clock = clock;
    }

    /** For persistence tests: where the {@link ServiceWithdrawn} events go instead of CDI observers. */
    CatalogueEditing withdrawalsTo(Consumer<ServiceWithdrawn> sink) {
        this.withdrawalsInTests = sink;
        return this;
    }

    /** The person asking, as {@link EditRule} sees them. */
    public Editor editor() {
        return editorSource != null ? editorSource.get() : Editor.of(user, access);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- services

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceRecord service(UUID id) {
        return serviceRecord(findService(id, LockModeType.NONE));
    }

    public ServiceRecord createService(ServiceRecord record) {
        required(record);
        // rights first: someone who may not create here learns nothing from the validation of their input
        EditRule.require(editor(), new EditRule.Scope(record.organizationId(), areaMunicipalities(record)), SERVICE);
        validate(record, serviceRules(record, null));
        requireOrganization(record.organizationId(), "organization_id");
        UUID id = UUID.randomUUID();
        Service service = new Service(id, record.organizationId(), record.name(), record.language(), record.status());
        applyService(service, record);
        em.persist(service);
        writeServiceParts(id, record, themeIds(record));
        writeLocalTerms(id, record.localTerms());
        return kept(SERVICE, id, service, this::serviceRecord);
    }

    /** Replaces the service with the record; {@code expectedVersion} (If-Match) wins over the record's {@code version}. */
    public ServiceRecord updateService(UUID id, Long expectedVersion, ServiceRecord record) {
        required(record);
        long expected = expectedVersion(expectedVersion, record.version());
        Service service = findService(id, LockModeType.PESSIMISTIC_WRITE);
        EditRule.require(editor(), serviceScope(service), SERVICE);
        ServiceRecord current = serviceRecord(service);
        checkVersion(SERVICE, id, expected, current, record);
        validate(record, serviceRules(record, id));
        requireOrganization(record.organizationId(), "organization_id");
        EditRule.require(editor(), new EditRule.Scope(record.organizationId(), areaMunicipalities(record)), SERVICE);
        Map<String, UUID> themes = themeIds(record);
        Revisions.keep(em, SERVICE, id, current.version(), current, actor());
        boolean withdrawing = !ServiceWithdrawn.withdrawn(service.getStatus()) && ServiceWithdrawn.withdrawn(record.status());
        applyService(service, record);
        service.touch();
        deleteServiceParts(id);
        writeServiceParts(id, record, themes);
        writeLocalTerms(id, record.localTerms());
        ServiceRecord saved = kept(SERVICE, id, service, this::serviceRecord);
        if (withdrawing) {
            announce(new ServiceWithdrawn(id));
        }
        return saved;
    }

    /** Observers that link to the service (strategy measures) hear of it after the commit. */
    private void announce(ServiceWithdrawn event) {
        if (withdrawalsInTests != null) {
            withdrawalsInTests.accept(event);
        } else if (withdrawals != null) {
            withdrawals.fire(event);
        }
    }

    /** Services are never deleted: they become defunct (or inactive, or temporarily closed) and stay on record. */
    public ServiceRecord changeServiceStatus(UUID id, Long expectedVersion, String status) {
        ServiceRecord current = service(id);
        ServiceRecord changed = new ServiceRecord(null, expectedVersion, null, false, current.organizationId(), current.name(),
                current.alternateName(), current.description(), current.url(), current.email(), status, current.language(),
                current.interpretationServices(), current.applicationProcess(), current.feesDescription(),
                current.eligibilityDescription(), current.alert(), current.assuredDate(), current.assurerEmail(),
                current.eligibility(), current.themes(), current.languages(), current.serviceAreas(), current.schedules(),
                current.requiredDocuments(), current.costOptions(), current.phones(), current.translations(), current.localTerms());
        return updateService(id, expectedVersion, changed);
    }

    private Service findService(UUID id, LockModeType lock) {
        return find(Service.class, SERVICE, id, lock);
    }

    EditRule.Scope serviceScope(Service s) {
        return new EditRule.Scope(s.getOrganizationId(), Set.copyOf(em.createQuery(
                        "SELECT DISTINCT a.municipalityId FROM ServiceArea a WHERE a.serviceId = :id AND a.municipalityId IS NOT NULL", UUID.class)
                .setParameter("id", s.getId()).getResultList()));
    }

    private static Set<UUID> areaMunicipalities(ServiceRecord r) {
        return r.serviceAreas().stream().map(ServiceRecord.Area::municipalityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private void applyService(Service s, ServiceRecord r) {
        s.setOrganizationId(r.organizationId()).setName(r.name().strip()).setLanguage(r.language()).setStatus(r.status())
                .setAlternateName(blankToNull(r.alternateName())).setDescription(blankToNull(r.description()))
                .setUrl(blankToNull(r.url())).setEmail(blankToNull(r.email()))
                .setInterpretationServices(blankToNull(r.interpretationServices()))
                .setApplicationProcess(blankToNull(r.applicationProcess()))
                .setFeesDescription(blankToNull(r.feesDescription()))
                .setEligibilityDescription(blankToNull(r.eligibilityDescription()))
                .setAlert(blankToNull(r.alert()))
                .setAssuredDate(r.assuredDate()).setAssurerEmail(blankToNull(r.assurerEmail()))
                .setMinimumAge(r.eligibility().minimumAge()).setMaximumAge(r.eligibility().maximumAge());
    }

    private void deleteServiceParts(UUID id) {
        List<UUID> sites = sites(id);
        for (String entity : List.of("ServiceEligibility", "Language", "ServiceArea", "RequiredDocument", "CostOption", "Phone")) {
            em.createQuery("DELETE FROM " + entity + " x WHERE x.serviceId = :id").setParameter("id", id).executeUpdate();
        }
        em.createQuery("DELETE FROM Schedule x WHERE x.serviceId = :id OR x.serviceAtLocationId IN :sites")
                .setParameter("id", id).setParameter("sites", sites.isEmpty() ? List.of(new UUID(0, 0)) : sites).executeUpdate();
        Set<UUID> themeIds = themes().stream().map(Theme::id).collect(Collectors.toSet());
        em.createQuery("DELETE FROM Attribute a WHERE a.linkEntity = 'service' AND a.linkId = :id AND a.taxonomyTermId IN :themes")
                .setParameter("id", id).setParameter("themes", themeIds).executeUpdate();
        deleteTranslations(SERVICE, id);
    }

    private void writeServiceParts(UUID id, ServiceRecord r, Map<String, UUID> themes) {
        for (String status : r.eligibility().residenceStatuses()) {
            em.persist(new ServiceEligibility(UUID.randomUUID(), id).setResidenceStatus(status));
        }
        for (String gender : r.eligibility().genders()) {
            em.persist(new ServiceEligibility(UUID.randomUUID(), id).setGender(gender));
        }
        for (String code : r.themes()) {
            em.persist(new Attribute(UUID.randomUUID(), id, "service", themes.get(code)));
        }
        for (ServiceRecord.SpokenLanguage l : r.languages()) {
            em.persist(new Language(UUID.randomUUID(), l.code()).setServiceId(id).setName(blankToNull(l.name()))
                    .setNote(blankToNull(l.note())));
        }
        for (ServiceRecord.Area a : r.serviceAreas()) {
            em.persist(new ServiceArea(UUID.randomUUID(), id, a.name().strip()).setMunicipalityId(a.municipalityId())
                    .setDescription(blankToNull(a.description())));
        }
        for (ServiceRecord.OpeningHours h : r.schedules()) {
            Schedule s = new Schedule(UUID.randomUUID()).setFreq(h.freq()).setByday(blankToNull(h.byday()))
                    .setOpensAt(h.opensAt()).setClosesAt(h.closesAt()).setValidFrom(h.validFrom()).setValidTo(h.validTo())
                    .setDescription(blankToNull(h.description())).setNotes(blankToNull(h.notes()));
            if (h.serviceAtLocationId() != null) {
                s.setServiceAtLocationId(h.serviceAtLocationId());
            } else {
                s.setServiceId(id);
            }
            em.persist(s);
        }
        for (ServiceRecord.RequiredDocument d : r.requiredDocuments()) {
            em.persist(new RequiredDocument(UUID.randomUUID(), id, d.document().strip()).setUri(blankToNull(d.uri())));
        }
        for (ServiceRecord.Cost c : r.costOptions()) {
            em.persist(new CostOption(UUID.randomUUID(), id).setOption(blankToNull(c.option())).setAmount(c.amount())
                    .setCurrency(blankToNull(c.currency())).setAmountDescription(blankToNull(c.amountDescription()))
                    .setValidFrom(c.validFrom()).setValidTo(c.validTo()));
        }
        for (ServiceRecord.PhoneNumber p : r.phones()) {
            em.persist(phone(p).setServiceId(id));
        }
        writeTranslations(SERVICE, id, r.translations());
    }

    /** Terms of cities' own taxonomies (V21: taxonomy.municipality_id set) on the service. */
    private static final String LOCAL_TERM = "SELECT tt.id FROM catalogue.taxonomy_term tt JOIN catalogue.taxonomy tx ON tx.id = tt.taxonomy_id"
            + " WHERE tx.municipality_id IS NOT NULL";

    /** Replaces the service's terms of cities' taxonomies; null leaves them as they are. */
    private void writeLocalTerms(UUID serviceId, List<UUID> terms) {
        if (terms == null) {
            return;
        }
        em.createNativeQuery("DELETE FROM catalogue.attribute WHERE link_entity = 'service' AND link_id = CAST(?1 AS uuid)"
                + " AND taxonomy_term_id IN (" + LOCAL_TERM + ")").setParameter(1, serviceId.toString()).executeUpdate();
        for (UUID term : terms) {
            em.persist(new Attribute(UUID.randomUUID(), serviceId, "service", term));
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> localTerms(UUID serviceId) {
        return ((List<String>) em.createNativeQuery("SELECT CAST(a.taxonomy_term_id AS text) FROM catalogue.attribute a"
                        + " WHERE a.link_entity = 'service' AND a.link_id = CAST(?1 AS uuid) AND a.taxonomy_term_id IN (" + LOCAL_TERM + ")"
                        + " ORDER BY 1").setParameter(1, serviceId.toString()).getResultList())
                .stream().map(UUID::fromString).toList();
    }

    private List<UUID> sites(UUID serviceId) {
        return em.createQuery("SELECT x.id FROM ServiceAtLocation x WHERE x.serviceId = :id", UUID.class)
                .setParameter("id", serviceId).getResultList();
    }

    ServiceRecord serviceRecord(Service s) {
        UUID id = s.getId();
        List<ServiceEligibility> eligibility = byService(ServiceEligibility.class, id);
        List<UUID> sites = sites(id);
        List<Schedule> schedules = em.createQuery("SELECT x FROM Schedule x WHERE x.serviceId = :id OR x.serviceAtLocationId IN :sites",
                        Schedule.class).setParameter("id", id)
                .setParameter("sites", sites.isEmpty() ? List.of(new UUID(0, 0)) : sites).getResultList();
        Map<UUID, String> themeCodes = themes().stream().collect(Collectors.toMap(Theme::id, Theme::code));
        List<String> themeList = em.createQuery("SELECT a.taxonomyTermId FROM Attribute a WHERE a.linkEntity = 'service' AND a.linkId = :id",
                        UUID.class).setParameter("id", id).getResultList().stream()
                .map(themeCodes::get).filter(Objects::nonNull).sorted().toList();
        return new ServiceRecord(id, s.getVersion(), s.getLastModified(), Freshness.needsReview(s.getAssuredDate(), today()),
                s.getOrganizationId(), s.getName(), s.getAlternateName(), s.getDescription(), s.getUrl(), s.getEmail(),
                s.getStatus(), s.getLanguage(), s.getInterpretationServices(), s.getApplicationProcess(), s.getFeesDescription(),
                s.getEligibilityDescription(), s.getAlert(), s.getAssuredDate(), s.getAssurerEmail(),
                new ServiceRecord.Eligibility(
                        eligibility.stream().map(ServiceEligibility::getResidenceStatus).filter(Objects::nonNull).sorted().toList(),
                        s.getMinimumAge(), s.getMaximumAge(),
                        eligibility.stream().map(ServiceEligibility::getGender).filter(Objects::nonNull).sorted().toList()),
                themeList,
                byService(Language.class, id).stream().sorted(Comparator.comparing(Language::getCode))
                        .map(l -> new ServiceRecord.SpokenLanguage(l.getCode(), l.getName(), l.getNote())).toList(),
                byService(ServiceArea.class, id).stream().sorted(Comparator.comparing(ServiceArea::getName))
                        .map(a -> new ServiceRecord.Area(a.getName(), a.getMunicipalityId(), a.getDescription())).toList(),
                schedules.stream().sorted(Comparator.comparing((Schedule x) -> String.valueOf(x.getByday()))
                                .thenComparing(x -> String.valueOf(x.getOpensAt())))
                        .map(x -> new ServiceRecord.OpeningHours(x.getFreq(), x.getByday(), x.getOpensAt(), x.getClosesAt(),
                                x.getValidFrom(), x.getValidTo(), x.getDescription(), x.getNotes(), x.getServiceAtLocationId()))
                        .toList(),
                byService(RequiredDocument.class, id).stream().sorted(Comparator.comparing(RequiredDocument::getDocument))
                        .map(d -> new ServiceRecord.RequiredDocument(d.getDocument(), d.getUri())).toList(),
                byService(CostOption.class, id).stream().sorted(Comparator.comparing((CostOption c) -> String.valueOf(c.getOption())))
                        .map(c -> new ServiceRecord.Cost(c.getOption(), c.getAmount(), c.getCurrency(), c.getAmountDescription(),
                                c.getValidFrom(), c.getValidTo())).toList(),
                phones("serviceId", id),
                translations(SERVICE, id),
                localTerms(id));
    }

    private <T> List<T> byService(Class<T> type, UUID id) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.serviceId = :id", type)
                .setParameter("id", id).getResultList();
    }

    /** Rules across fields and lists that Bean Validation on single fields cannot state. */
    private List<Problem.FieldError> serviceRules(ServiceRecord r, UUID id) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ServiceRecord.Eligibility e = r.eligibility();
        if (e.minimumAge() != null && e.maximumAge() != null && e.minimumAge() > e.maximumAge()) {
            errors.add(new Problem.FieldError("eligibility.maximum_age", "must not be below the minimum age"));
        }
        duplicates(errors, "eligibility.residence_statuses", e.residenceStatuses(), Function.identity());
        duplicates(errors, "eligibility.genders", e.genders(), Function.identity());
        duplicates(errors, "themes", r.themes(), Function.identity());
        duplicates(errors, "languages", r.languages(), ServiceRecord.SpokenLanguage::code);
        duplicates(errors, "translations", r.translations(), t -> t.field() + "/" + t.language());
        Set<String> known = themes().stream().map(Theme::code).collect(Collectors.toSet());
        for (int i = 0; i < r.themes().size(); i++) {
            if (r.themes().get(i) != null && !known.contains(r.themes().get(i))) {
                errors.add(new Problem.FieldError("themes[" + i + "]", "is not a theme code; known codes: "
                        + known.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
        if (r.localTerms() != null && !r.localTerms().isEmpty()) {
            duplicates(errors, "local_terms", r.localTerms(), String::valueOf);
            @SuppressWarnings("unchecked")
            Set<String> localTerms = Set.copyOf(em.createNativeQuery("SELECT CAST(id AS text) FROM (" + LOCAL_TERM + ") t").getResultList());
            for (int i = 0; i < r.localTerms().size(); i++) {
                UUID term = r.localTerms().get(i);
                if (term != null && !localTerms.contains(term.toString())) {
                    errors.add(new Problem.FieldError("local_terms[" + i + "]", "is not a term of a city's taxonomy"));
                }
            }
        }
        for (int i = 0; i < r.serviceAreas().size(); i++) {
            UUID municipality = r.serviceAreas().get(i).municipalityId();
            if (municipality != null && directory != null && directory.municipality(municipality).isEmpty()) {
                errors.add(new Problem.FieldError("service_areas[" + i + "].municipality_id", "is not a municipality"));
            }
        }
        Set<UUID> sites = id == null ? Set.of() : Set.copyOf(sites(id));
        for (int i = 0; i < r.schedules().size(); i++) {
            ServiceRecord.OpeningHours h = r.schedules().get(i);
            if (h.opensAt() != null && h.closesAt() != null && !h.opensAt().isBefore(h.closesAt())) {
                errors.add(new Problem.FieldError("schedules[" + i + "].closes_at", "must be after the opening time"));
            }
            if (h.validFrom() != null && h.validTo() != null && h.validFrom().isAfter(h.validTo())) {
                errors.add(new Problem.FieldError("schedules[" + i + "].valid_to", "must not be before valid_from"));
            }
            if (h.serviceAtLocationId() != null && !sites.contains(h.serviceAtLocationId())) {
                errors.add(new Problem.FieldError("schedules[" + i + "].service_at_location_id", "is not one of this service's locations"));
            }
        }
        for (int i = 0; i < r.costOptions().size(); i++) {
            ServiceRecord.Cost c = r.costOptions().get(i);
            if (c.amount() != null && (c.currency() == null || c.currency().isBlank())) {
                errors.add(new Problem.FieldError("cost_options[" + i + "].currency", "is needed with an amount"));
            }
            if (c.validFrom() != null && c.validTo() != null && c.validFrom().isAfter(c.validTo())) {
                errors.add(new Problem.FieldError("cost_options[" + i + "].valid_to", "must not be before valid_from"));
            }
        }
        if (r.assuredDate() != null && r.assuredDate().isAfter(today())) {
            errors.add(new Problem.FieldError("assured_date", "must not be in the future"));
        }
        return errors;
    }

    private Map<String, UUID> themeIds(ServiceRecord r) {
        return themes().stream().collect(Collectors.toMap(Theme::code, Theme::id));
    }

    private List<Theme> themes() {
        return ThemeCatalogue.themes(em);
    }

    // ---------------------------------------------------------------- organisations

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationRecord organization(UUID id) {
        return organizationRecord(findOrganization(id, LockModeType.NONE));
    }

    /**
     * Registers an organisation. An officer registers it for their municipality (the only one, or
     * the one the record names); its officers keep it until it has services of its own.
     */
    public OrganizationRecord createOrganization(OrganizationRecord record) {
        required(record);
        Editor editor = editor();
        if (record.municipalityId() == null && editor.officerOf().size() == 1) {
            record = withMunicipality(record, editor.officerOf().iterator().next());
        }
        validate(record, organizationRules(record));
        UUID id = UUID.randomUUID();
        EditRule.require(editor, new EditRule.Scope(id, municipalities(record.municipalityId())), ORGANIZATION);
        Organization o = new Organization(id, record.name().strip(), record.description().strip());
        applyOrganization(o, record);
        em.persist(o);
        writeOrganizationParts(id, record);
        return kept(ORGANIZATION, id, o, this::organizationRecord);
    }

    public OrganizationRecord updateOrganization(UUID id, Long expectedVersion, OrganizationRecord record) {
        required(record);
        long expected = expectedVersion(expectedVersion, record.version());
        Organization o = findOrganization(id, LockModeType.PESSIMISTIC_WRITE);
        EditRule.Scope scope = organizationScope(o);
        EditRule.require(editor(), scope, ORGANIZATION);
        OrganizationRecord current = organizationRecord(o);
        checkVersion(ORGANIZATION, id, expected, current, record);
        validate(record, organizationRules(record));
        Set<UUID> after = new HashSet<>(scope.municipalities());
        after.remove(o.getMunicipalityId());
        after.addAll(municipalities(record.municipalityId()));
        EditRule.require(editor(), new EditRule.Scope(id, after), ORGANIZATION);
        Revisions.keep(em, ORGANIZATION, id, current.version(), current, actor());
        applyOrganization(o, record);
        o.touch();
        em.createQuery("DELETE FROM Phone x WHERE x.organizationId = :id").setParameter("id", id).executeUpdate();
        deleteTranslations(ORGANIZATION, id);
        writeOrganizationParts(id, record);
        return kept(ORGANIZATION, id, o, this::organizationRecord);
    }

    private Organization findOrganization(UUID id, LockModeType lock) {
        return find(Organization.class, ORGANIZATION, id, lock);
    }

    EditRule.Scope organizationScope(Organization o) {
        Set<UUID> municipalities = new HashSet<>(em.createQuery("""
                        SELECT DISTINCT a.municipalityId FROM ServiceArea a, Service s
                        WHERE a.serviceId = s.id AND s.organizationId = :id AND a.municipalityId IS NOT NULL""", UUID.class)
                .setParameter("id", o.getId()).getResultList());
        municipalities.addAll(municipalities(o.getMunicipalityId()));
        return new EditRule.Scope(o.getId(), municipalities);
    }

    private void applyOrganization(Organization o, OrganizationRecord r) {
        o.setName(r.name().strip()).setDescription(r.description().strip()).setAlternateName(blankToNull(r.alternateName()))
                .setEmail(blankToNull(r.email())).setWebsite(blankToNull(r.website())).setTaxId(blankToNull(r.taxId()))
                .setYearIncorporated(r.yearIncorporated()).setLegalStatus(blankToNull(r.legalStatus()))
                .setMunicipalityId(r.municipalityId());
    }

    private void writeOrganizationParts(UUID id, OrganizationRecord r) {
        for (ServiceRecord.PhoneNumber p : r.phones()) {
            em.persist(phone(p).setOrganizationId(id));
        }
        writeTranslations(ORGANIZATION, id, r.translations());
    }

    private List<Problem.FieldError> organizationRules(OrganizationRecord r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        duplicates(errors, "translations", r.translations(), t -> t.field() + "/" + t.language());
        if (r.municipalityId() != null && directory != null && directory.municipality(r.municipalityId()).isEmpty()) {
            errors.add(new Problem.FieldError("municipality_id", "is not a municipality"));
        }
        return errors;
    }

    OrganizationRecord organizationRecord(Organization o) {
        return new OrganizationRecord(o.getId(), o.getVersion(), o.getLastModified(), o.getName(), o.getAlternateName(),
                o.getDescription(), o.getEmail(), o.getWebsite(), o.getTaxId(), o.getYearIncorporated(), o.getLegalStatus(),
                o.getMunicipalityId(), phones("organizationId", o.getId()), translations(ORGANIZATION, o.getId()));
    }

    private static OrganizationRecord withMunicipality(OrganizationRecord r, UUID municipality) {
        return new OrganizationRecord(r.id(), r.version(), r.lastModified(), r.name(), r.alternateName(), r.description(),
                r.email(), r.website(), r.taxId(), r.yearIncorporated(), r.legalStatus(), municipality, r.phones(), r.translations());
    }

    // ---------------------------------------------------------------- locations

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocationRecord location(UUID id) {
        return locationRecord(findLocation(id, LockModeType.NONE));
    }

    public LocationRecord createLocation(LocationRecord record) {
        required(record);
        validate(record, locationRules(record));
        Organization owner = requireOrganization(record.organizationId(), "organization_id");
        EditRule.require(editor(), organizationScope(owner), LOCATION);
        UUID id = UUID.randomUUID();
        Location l = new Location(id, record.locationType(), record.confidential());
        applyLocation(l, record);
        em.persist(l);
        writeLocationParts(id, record);
        return kept(LOCATION, id, l, this::locationRecord);
    }

    public LocationRecord updateLocation(UUID id, Long expectedVersion, LocationRecord record) {
        required(record);
        long expected = expectedVersion(expectedVersion, record.version());
        Location l = findLocation(id, LockModeType.PESSIMISTIC_WRITE);
        EditRule.require(editor(), locationScope(l), LOCATION);
        LocationRecord current = locationRecord(l);
        checkVersion(LOCATION, id, expected, current, record);
        validate(record, locationRules(record));
        if (!Objects.equals(record.organizationId(), l.getOrganizationId())) {
            EditRule.require(editor(), organizationScope(requireOrganization(record.organizationId(), "organization_id")), LOCATION);
        }
        Revisions.keep(em, LOCATION, id, current.version(), current, actor());
        applyLocation(l, record);
        l.touch();
        em.createQuery("DELETE FROM Phone x WHERE x.locationId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM Address x WHERE x.locationId = :id").setParameter("id", id).executeUpdate();
        deleteTranslations(LOCATION, id);
        writeLocationParts(id, record);
        return kept(LOCATION, id, l, this::locationRecord);
    }

    private Location findLocation(UUID id, LockModeType lock) {
        return find(Location.class, LOCATION, id, lock);
    }

    EditRule.Scope locationScope(Location l) {
        Set<UUID> municipalities = new HashSet<>(em.createQuery("""
                        SELECT DISTINCT a.municipalityId FROM ServiceArea a, ServiceAtLocation x
                        WHERE a.serviceId = x.serviceId AND x.locationId = :id AND a.municipalityId IS NOT NULL""", UUID.class)
                .setParameter("id", l.getId()).getResultList());
        if (l.getOrganizationId() != null) {
            Organization owner = em.find(Organization.class, l.getOrganizationId());
            if (owner != null) {
                municipalities.addAll(organizationScope(owner).municipalities());
            }
        }
        return new EditRule.Scope(l.getOrganizationId(), municipalities);
    }

    private void applyLocation(Location l, LocationRecord r) {
        l.setLocationType(r.locationType()).setConfidential(r.confidential()).setOrganizationId(r.organizationId())
                .setName(blankToNull(r.name())).setAlternateName(blankToNull(r.alternateName()))
                .setDescription(blankToNull(r.description())).setTransportation(blankToNull(r.transportation()))
                .setUrl(blankToNull(r.url())).setLatitude(r.latitude()).setLongitude(r.longitude());
    }

    private void writeLocationParts(UUID id, LocationRecord r) {
        if (r.address() != null) {
            LocationRecord.PostalAddress a = r.address();
            em.persist(new Address(UUID.randomUUID(), id, a.address1().strip(), a.city().strip(), a.country(),
                    "virtual".equals(r.locationType()) ? "virtual" : r.locationType())
                    .setAddress2(blankToNull(a.address2())).setRegion(blankToNull(a.region()))
                    .setPostalCode(blankToNull(a.postalCode())));
        }
        for (ServiceRecord.PhoneNumber p : r.phones()) {
            em.persist(phone(p).setLocationId(id));
        }
        writeTranslations(LOCATION, id, r.translations());
    }

    private List<Problem.FieldError> locationRules(LocationRecord r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.add(new Problem.FieldError(r.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither"));
        }
        if ("virtual".equals(r.locationType()) && (r.url() == null || r.url().isBlank())) {
            errors.add(new Problem.FieldError("url", "a virtual location needs its web address"));
        }
        duplicates(errors, "translations", r.translations(), t -> t.field() + "/" + t.language());
        return errors;
    }

    LocationRecord locationRecord(Location l) {
        List<Address> addresses = em.createQuery("SELECT a FROM Address a WHERE a.locationId = :id ORDER BY a.id", Address.class)
                .setParameter("id", l.getId()).getResultList();
        LocationRecord.PostalAddress address = addresses.isEmpty() ? null : addresses.stream().findFirst()
                .map(a -> new LocationRecord.PostalAddress(a.getAddress1(), a.getAddress2(), a.getCity(), a.getRegion(),
                        a.getPostalCode(), a.getCountry())).get();
        return new LocationRecord(l.getId(), l.getVersion(), l.getLastModified(), l.getOrganizationId(), l.getLocationType(),
                l.isConfidential(), l.getName(), l.getAlternateName(), l.getDescription(), l.getTransportation(), l.getUrl(),
                l.getLatitude(), l.getLongitude(), address, phones("locationId", l.getId()), translations(LOCATION, l.getId()));
    }

    // ---------------------------------------------------------------- what the editor may edit

    /** A line of the editor's list. */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Row(UUID id, String name, String organization, String status, LocalDate assuredDate, boolean needsReview,
                      boolean confidential) {
    }

    /** The services the person may edit, by organisation and name; with {@code onlyNeedingReview}, the stale ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> editableServices(boolean onlyNeedingReview) {
        Editor e = editor();
        if (!e.editsAnything()) {
            return List.of();
        }
        LocalDate oldestFresh = Freshness.oldestFresh(today());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id::text, s.name, o.name, s.status, s.assured_date
                FROM catalogue.service s JOIN catalogue.organization o ON o.id = s.organization_id
                WHERE (CAST(?1 AS boolean) OR s.organization_id = ANY (CAST(?2 AS uuid[]))
                       OR EXISTS (SELECT 1 FROM catalogue.service_area a
                                  WHERE a.service_id = s.id AND a.municipality_id = ANY (CAST(?3 AS uuid[]))))
                  AND (NOT CAST(?4 AS boolean) OR s.assured_date IS NULL OR s.assured_date < ?5)
                ORDER BY o.name, s.name""")
                .setParameter(1, e.platformAdmin()).setParameter(2, array(e.editorOf())).setParameter(3, array(e.officerOf()))
                .setParameter(4, onlyNeedingReview).setParameter(5, java.sql.Date.valueOf(oldestFresh)).getResultList();
        return rows.stream().map(r -> {
            LocalDate assured = r[4] == null ? null : ((java.sql.Date) r[4]).toLocalDate();
            return new Row(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], (String) r[3], assured,
                    Freshness.needsReview(assured, today()), false);
        }).toList();
    }

    /** The organisations the person may edit (the set form of {@link #organizationScope} and {@link EditRule}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> editableOrganizations() {
        Editor e = editor();
        if (!e.editsAnything()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.id::text, o.name FROM catalogue.organization o
                WHERE CAST(?1 AS boolean) OR o.id = ANY (CAST(?2 AS uuid[])) OR o.municipality_id = ANY (CAST(?3 AS uuid[]))
                   OR EXISTS (SELECT 1 FROM catalogue.service s JOIN catalogue.service_area a ON a.service_id = s.id
                              WHERE s.organization_id = o.id AND a.municipality_id = ANY (CAST(?3 AS uuid[])))
                ORDER BY o.name""")
                .setParameter(1, e.platformAdmin()).setParameter(2, array(e.editorOf())).setParameter(3, array(e.officerOf()))
                .getResultList();
        return rows.stream().map(r -> new Row(UUID.fromString((String) r[0]), (String) r[1], (String) r[1], null, null, false, false))
                .toList();
    }

    /** The locations the person may edit (the set form of {@link #locationScope} and {@link EditRule}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> editableLocations() {
        Editor e = editor();
        if (!e.editsAnything()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH mine AS (
                    SELECT o.id FROM catalogue.organization o
                    WHERE CAST(?1 AS boolean) OR o.id = ANY (CAST(?2 AS uuid[])) OR o.municipality_id = ANY (CAST(?3 AS uuid[]))
                       OR EXISTS (SELECT 1 FROM catalogue.service s JOIN catalogue.service_area a ON a.service_id = s.id
                                  WHERE s.organization_id = o.id AND a.municipality_id = ANY (CAST(?3 AS uuid[]))))
                SELECT l.id::text, coalesce(l.name, ad.address_1, l.id::text), o.name, l.confidential
                FROM catalogue.location l
                LEFT JOIN catalogue.organization o ON o.id = l.organization_id
                LEFT JOIN LATERAL (SELECT a.address_1 FROM catalogue.address a WHERE a.location_id = l.id ORDER BY a.id LIMIT 1) ad ON true
                WHERE CAST(?1 AS boolean) OR l.organization_id IN (SELECT id FROM mine)
                   OR EXISTS (SELECT 1 FROM catalogue.service_at_location x JOIN catalogue.service_area a ON a.service_id = x.service_id
                              WHERE x.location_id = l.id AND a.municipality_id = ANY (CAST(?3 AS uuid[])))
                ORDER BY o.name, 2""")
                .setParameter(1, e.platformAdmin()).setParameter(2, array(e.editorOf())).setParameter(3, array(e.officerOf()))
                .getResultList();
        return rows.stream().map(r -> new Row(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], null, null, false,
                Boolean.TRUE.equals(r[3]))).toList();
    }

    /** Whether the person may change the service (for showing or hiding the pages' edit links). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditRule.Decision decisionForService(UUID id) {
        return EditRule.decide(editor(), serviceScope(findService(id, LockModeType.NONE)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditRule.Decision decisionForOrganization(UUID id) {
        return EditRule.decide(editor(), organizationScope(findOrganization(id, LockModeType.NONE)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditRule.Decision decisionForLocation(UUID id) {
        return EditRule.decide(editor(), locationScope(findLocation(id, LockModeType.NONE)));
    }

    // ---------------------------------------------------------------- shared parts

    /** The record of that kind ({@link #SERVICE}, {@link #ORGANIZATION}, {@link #LOCATION}) with the lock asked for; 404 if none. */
    private <E> E find(Class<E> type, String kind, UUID id, LockModeType lock) {
        E found = id == null ? null : em.find(type, id, lock);
        if (found == null) {
            throw new Problem.NotFound("No such " + kind + ".");
        }
        return found;
    }

    /**
     * The end of every create and update: writes the change now (so that a database rule is
     * reported as invalid input), reads the record as saved and keeps its snapshot under the new
     * version, the "what you saw" of a later conflict.
     */
    private <E extends EditedRecord, R> R kept(String kind, UUID id, E entity, Function<E, R> record) {
        flush();
        R saved = record.apply(entity);
        Revisions.keep(em, kind, id, entity.getVersion(), saved, actor());
        return saved;
    }

    private List<ServiceRecord.PhoneNumber> phones(String owner, UUID id) {
        return em.createQuery("SELECT p FROM Phone p WHERE p." + owner + " = :id ORDER BY p.number", Phone.class)
                .setParameter("id", id).getResultList().stream()
                .map(p -> new ServiceRecord.PhoneNumber(p.getNumber(), p.getExtension(), p.getType(), p.getDescription())).toList();
    }

    private static Phone phone(ServiceRecord.PhoneNumber p) {
        return new Phone(UUID.randomUUID(), p.number().strip()).setExtension(blankToNull(p.extension())).setType(blankToNull(p.type()))
                .setDescription(blankToNull(p.description()));
    }

    private List<ServiceRecord.TranslatedText> translations(String type, UUID id) {
        return em.createQuery("SELECT t FROM Translation t WHERE t.entityType = :type AND t.entityId = :id ORDER BY t.field, t.language",
                        Translation.class).setParameter("type", type).setParameter("id", id).getResultList().stream()
                .map(t -> new ServiceRecord.TranslatedText(t.getField(), t.getLanguage(), t.getText(), t.isReviewed())).toList();
    }

    private void deleteTranslations(String type, UUID id) {
        em.createQuery("DELETE FROM Translation t WHERE t.entityType = :type AND t.entityId = :id")
                .setParameter("type", type).setParameter("id", id).executeUpdate();
    }

    private void writeTranslations(String type, UUID id, List<ServiceRecord.TranslatedText> translations) {
        for (ServiceRecord.TranslatedText t : translations) {
            em.persist(new Translation(UUID.randomUUID(), type, id, t.field(), t.language(), t.text().strip(), t.reviewed()));
        }
    }

    private Organization requireOrganization(UUID id, String field) {
        Organization o = id == null ? null : em.find(Organization.class, id);
        if (o == null) {
            throw new Problem.Invalid(field, "is not an organization in the catalogue");
        }
        return o;
    }

    private static long expectedVersion(Long header, Long body) {
        Long version = header != null ? header : body;
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you edited, in the If-Match header or as \"version\".");
        }
        return version;
    }

    /**
     * Refuses an edit of an older version. What the editor saw is the snapshot of their version;
     * where none was kept (a version nobody saved through the editor), the comparison is with what
     * they sent, which is the best evidence of what they saw.
     */
    private void checkVersion(String type, UUID id, long expected, Object current, Object submitted) {
        JsonNode now = Revisions.tree(current);
        long currentVersion = now.path("version").asLong();
        if (currentVersion == expected) {
            return;
        }
        JsonNode yours = Revisions.at(em, type, id, expected).orElseGet(() -> Revisions.tree(submitted));
        throw new StaleRecord(type, expected, currentVersion, Revisions.changes(yours, now));
    }

    private <T> void validate(T record, List<Problem.FieldError> more) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(record)) {
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()));
        }
        errors.addAll(more);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new Problem.Invalid(errors);
        }
    }

    /** The violation's path as the JSON names it: {@code service_areas[0].name}, {@code themes[2]}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(snake(name));
            }
        }
        return field.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> void duplicates(List<Problem.FieldError> errors, String field, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && !seen.add(key.apply(items.get(i)))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "is listed twice"));
            }
        }
    }

    private static Set<UUID> municipalities(UUID id) {
        return id == null ? Set.of() : Set.of(id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }

    /**
     * Writes now, so that a database rule (the last line of defence) is reported as invalid input
     * naming its constraint instead of failing at commit.
     */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new Problem.Invalid("record", "breaks a rule of the catalogue's database: " + constraint(sql));
                }
            }
            throw e;
        }
    }

    private static String constraint(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("constraint \"");
        if (at < 0) {
            return "see the field values";
        }
        int end = message.indexOf('"', at + 12);
        return end < 0 ? message.substring(at + 12) : message.substring(at + 12, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String actor() {
        try {
            return user != null && user.isAuthenticated() ? user.username() : "system";
        } catch (RuntimeException e) {
            return "system";
        }
    }

    static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
