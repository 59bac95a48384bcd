package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.ServiceRecord;
import eu.convivio.catalogue.application.ThemeCatalogue;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The service form: core fields, translations with their reviewed flags, eligibility, themes,
 * languages spoken, areas, opening hours, required documents, costs and phones. The form keeps
 * the version it was opened at; a save of an older version is refused with the fields others
 * changed, and the editor's input stays in the form so that nothing is lost.
 */
@Named
@ViewScoped
public class ServiceEditor extends RecordEditor<ServiceRecord> {

    private static final long serialVersionUID = 1L;

    private static final Kind<ServiceRecord> SERVICE = new Kind<>("service",
            CatalogueEditing::decisionForService, CatalogueEditing::service,
            CatalogueEditing::createService, CatalogueEditing::updateService,
            ServiceRecord::id, ServiceRecord::version, ServiceRecord::name);

    public ServiceEditor() {
        super(List.of("name", "alternate_name", "description",
            "application_process", "fees_description", "eligibility_description", "interpretation_services", "alert"));
    }

    @Override
    protected Kind<ServiceRecord> kind() {
        return SERVICE;
    }

    /** Row lists of the form and the input that stands for a whole row (where "listed twice" is shown). */
    static final Map<String, String> ROW_KEYS = Map.of("translations", "language", "languages", "code",
            "service_areas", "area_name", "schedules", "byday", "required_documents", "document", "cost_options", "option",
            "phones", "number");

    @Inject
    private ThemeCatalogue themes;

    @Inject
    private Directory directory;

    @Inject
    private eu.convivio.catalogue.application.CityTaxonomies cityTaxonomies;

    @Inject
    private eu.convivio.platform.api.CurrentUser user;

    /** Chosen terms of cities' own taxonomies, by taxonomy id (one group of checkboxes each). */
    private final Map<String, List<String>> localTermSelection = new java.util.HashMap<>();

    private String organizationParam;
    private boolean needsReview;
    private LocalDate assuredDate;
    private boolean checkedToday;

    private UUID organizationId;
    private String name;
    private String alternateName;
    private String description;
    private String url;
    private String email;
    private String status = "active";
    private String language = "en";
    private String interpretationServices;
    private String applicationProcess;
    private String feesDescription;
    private String eligibilityDescription;
    private String alert;
    private String assurerEmail;
    private Integer minimumAge;
    private Integer maximumAge;
    private List<String> residenceStatuses = new ArrayList<>();
    private List<String> genders = new ArrayList<>();
    private List<String> themeCodes = new ArrayList<>();
    private final List<Spoken> languages = new ArrayList<>();
    private final List<AreaRow> serviceAreas = new ArrayList<>();
    private final List<Hours> schedules = new ArrayList<>();
    private final List<Document> requiredDocuments = new ArrayList<>();
    private final List<Cost> costOptions = new ArrayList<>();

    @Override
    protected void fill(ServiceRecord r) {
        needsReview = r.needsReview();
        assuredDate = r.assuredDate();
        organizationId = r.organizationId();
        name = r.name();
        alternateName = r.alternateName();
        description = r.description();
        url = r.url();
        email = r.email();
        status = r.status();
        language = r.language();
        interpretationServices = r.interpretationServices();
        applicationProcess = r.applicationProcess();
        feesDescription = r.feesDescription();
        eligibilityDescription = r.eligibilityDescription();
        alert = r.alert();
        assurerEmail = r.assurerEmail();
        minimumAge = r.eligibility().minimumAge();
        maximumAge = r.eligibility().maximumAge();
        residenceStatuses = new ArrayList<>(r.eligibility().residenceStatuses());
        genders = new ArrayList<>(r.eligibility().genders());
        themeCodes = new ArrayList<>(r.themes());
        localTermSelection.clear();
        Set<UUID> chosen = Set.copyOf(r.localTerms() == null ? List.of() : r.localTerms());
        for (var t : cityTaxonomies.all()) {
            localTermSelection.put(t.id().toString(), new ArrayList<>(t.terms().stream().filter(term -> chosen.contains(term.id()))
                    .map(term -> term.id().toString()).toList()));
        }
        fillTextsAndPhones(r.translations(), r.phones());
        languages.clear();
        r.languages().forEach(l -> languages.add(new Spoken(l.code(), l.name())));
        serviceAreas.clear();
        r.serviceAreas().forEach(a -> serviceAreas.add(new AreaRow(a.name(), a.municipalityId() == null ? null : a.municipalityId().toString(), a.description())));
        schedules.clear();
        r.schedules().forEach(h -> schedules.add(new Hours(h.byday(), h.opensAt(), h.closesAt(), h.description(), h.serviceAtLocationId())));
        requiredDocuments.clear();
        r.requiredDocuments().forEach(d -> requiredDocuments.add(new Document(d.document(), d.uri())));
        costOptions.clear();
        r.costOptions().forEach(c -> costOptions.add(new Cost(c.option(), c.amount(), c.currency())));

    }

    @Override
    protected ServiceRecord record() {
        LocalDate assured = checkedToday ? LocalDate.now() : assuredDate;
        return new ServiceRecord(null, getVersion(), null, false, organizationId, name, alternateName, description, url, email, status,
                language, interpretationServices, applicationProcess, feesDescription, eligibilityDescription, alert, assured,
                assurerEmail, new ServiceRecord.Eligibility(residenceStatuses, minimumAge, maximumAge, genders), themeCodes,
                languages.stream().map(l -> new ServiceRecord.SpokenLanguage(l.getCode(), l.getName(), null)).toList(),
                serviceAreas.stream().map(a -> new ServiceRecord.Area(areaName(a), parse(a.getMunicipality()), a.getDescription())).toList(),
                schedules.stream().map(h -> new ServiceRecord.OpeningHours("WEEKLY", h.getByday(), h.getOpensAt(), h.getClosesAt(),
                        null, null, h.getDescription(), null, h.getSite())).toList(),
                requiredDocuments.stream().map(d -> new ServiceRecord.RequiredDocument(d.getDocument(), d.getUri())).toList(),
                costOptions.stream().map(c -> new ServiceRecord.Cost(c.getOption(), c.getAmount(), c.getCurrency(), null, null, null)).toList(),
                phoneRecords(),
                translationRecords(),
                localTermSelection.values().stream().flatMap(List::stream).map(ServiceEditor::parse).filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** An area that is a municipality is named after it unless the editor named it. */
    private String areaName(AreaRow a) {
        if ((a.getName() == null || a.getName().isBlank()) && a.getMunicipality() != null && !a.getMunicipality().isBlank()) {
            UUID municipality = parse(a.getMunicipality());
            return municipality == null ? null : directory.municipality(municipality).map(MunicipalitySummary::name).orElse(null);
        }
        return a.getName();
    }

    public void addLanguage() {
        languages.add(new Spoken("", ""));
    }

    public void removeLanguage(Spoken row) {
        languages.remove(row);
    }

    public void addArea() {
        serviceAreas.add(new AreaRow("", null, null));
    }

    public void removeArea(AreaRow row) {
        serviceAreas.remove(row);
    }

    public void addSchedule() {
        schedules.add(new Hours("MO,TU,WE,TH,FR", LocalTime.of(9, 0), LocalTime.of(17, 0), null, null));
    }

    public void removeSchedule(Hours row) {
        schedules.remove(row);
    }

    public void addDocument() {
        requiredDocuments.add(new Document("", null));
    }

    public void removeDocument(Document row) {
        requiredDocuments.remove(row);
    }

    public void addCost() {
        costOptions.add(new Cost("", null, null));
    }

    public void removeCost(Cost row) {
        costOptions.remove(row);
    }



    // ---------------------------------------------------------------- choices

    /**
     * The cities' own taxonomies offered on the form: those of the user's municipalities and of the
     * municipalities the service serves, and any whose terms the service already carries.
     */
    public List<eu.convivio.catalogue.domain.CityTaxonomy> getCityTaxonomies() {
        Set<UUID> cities = new java.util.HashSet<>(user.municipalities());
        serviceAreas.forEach(a -> {
            UUID m = parse(a.getMunicipality());
            if (m != null) {
                cities.add(m);
            }
        });
        return cityTaxonomies.all().stream().filter(t -> cities.contains(t.municipalityId())
                || !localTermSelection.getOrDefault(t.id().toString(), List.of()).isEmpty()).toList();
    }

    public Map<String, List<String>> getLocalTermSelection() {
        for (var t : cityTaxonomies.all()) {
            localTermSelection.computeIfAbsent(t.id().toString(), k -> new ArrayList<>());
        }
        return localTermSelection;
    }

    /** A term's name in the page's language when the city gave one, else as written. */
    public String termName(eu.convivio.catalogue.domain.CityTaxonomy.Term term) {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return term.names().getOrDefault(language, term.name());
    }

    public List<Theme> getThemeChoices() {
        return themes.all();
    }

    public String themeName(Theme theme) {
        return theme.name(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public List<String> getResidenceStatusChoices() {
        return Arrays.stream(ResidenceStatus.values()).map(ResidenceStatus::code).toList();
    }

    public List<String> getGenderChoices() {
        return List.of("female", "male", "non_binary");
    }

    public List<String> getStatusChoices() {
        return List.of("active", "inactive", "temporarily closed", "defunct");
    }


    public List<MunicipalitySummary> getMunicipalityChoices() {
        return directory.municipalities();
    }

    public List<CatalogueEditing.Row> getOrganizationChoices() {
        return editing().editableOrganizations();
    }

    // ---------------------------------------------------------------- state for the page

    public boolean isNeedsReview() {
        return needsReview;
    }

    public LocalDate getAssuredDate() {
        return assuredDate;
    }

    public void setAssuredDate(LocalDate assuredDate) {
        this.assuredDate = assuredDate;
    }

    public boolean isCheckedToday() {
        return checkedToday;
    }

    public void setCheckedToday(boolean checkedToday) {
        this.checkedToday = checkedToday;
    }

    /** A new service is one of the organisation the page's {@code organization} names. */
    @Override
    protected void prepareNew() {
        organizationId = parse(organizationParam);
    }

    public String getOrganization() {
        return organizationParam;
    }

    public void setOrganization(String organization) {
        this.organizationParam = organization;
    }

    public String getOrganizationId() {
        return organizationId == null ? null : organizationId.toString();
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = parse(organizationId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getInterpretationServices() {
        return interpretationServices;
    }

    public void setInterpretationServices(String interpretationServices) {
        this.interpretationServices = interpretationServices;
    }

    public String getApplicationProcess() {
        return applicationProcess;
    }

    public void setApplicationProcess(String applicationProcess) {
        this.applicationProcess = applicationProcess;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public void setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
    }

    public String getEligibilityDescription() {
        return eligibilityDescription;
    }

    public void setEligibilityDescription(String eligibilityDescription) {
        this.eligibilityDescription = eligibilityDescription;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public String getAssurerEmail() {
        return assurerEmail;
    }

    public void setAssurerEmail(String assurerEmail) {
        this.assurerEmail = assurerEmail;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public List<String> getResidenceStatuses() {
        return residenceStatuses;
    }

    public void setResidenceStatuses(List<String> residenceStatuses) {
        this.residenceStatuses = new ArrayList<>(residenceStatuses);
    }

    public List<String> getGenders() {
        return genders;
    }

    public void setGenders(List<String> genders) {
        this.genders = new ArrayList<>(genders);
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public void setThemeCodes(List<String> themeCodes) {
        this.themeCodes = new ArrayList<>(themeCodes);
    }


    public List<Spoken> getLanguages() {
        return languages;
    }

    public List<AreaRow> getServiceAreas() {
        return serviceAreas;
    }

    public List<Hours> getSchedules() {
        return schedules;
    }

    public List<Document> getRequiredDocuments() {
        return requiredDocuments;
    }

    public List<Cost> getCostOptions() {
        return costOptions;
    }


    static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- rows of the form

    /** A translated field. */
    public static final class Text implements Serializable {
        private String field;
        private String language;
        private String text;
        private boolean reviewed;

        public Text(String field, String language, String text, boolean reviewed) {
            this.field = field;
            this.language = language;
            this.text = text;
            this.reviewed = reviewed;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isReviewed() {
            return reviewed;
        }

        public void setReviewed(boolean reviewed) {
            this.reviewed = reviewed;
        }
    }

    /** A language spoken. */
    public static final class Spoken implements Serializable {
        private String code;
        private String name;

        Spoken(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** An area served; the municipality's officers keep the service. */
    public static final class AreaRow implements Serializable {
        private String name;
        private String municipality;
        private String description;

        AreaRow(String name, String municipality, String description) {
            this.name = name;
            this.municipality = municipality;
            this.description = description;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** Weekly opening hours; {@code site} keeps hours that belong to the service at one of its locations. */
    public static final class Hours implements Serializable {
        private String byday;
        private LocalTime opensAt;
        private LocalTime closesAt;
        private String description;
        private final UUID site;

        Hours(String byday, LocalTime opensAt, LocalTime closesAt, String description, UUID site) {
            this.byday = byday;
            this.opensAt = opensAt;
            this.closesAt = closesAt;
            this.description = description;
            this.site = site;
        }

        public String getByday() {
            return byday;
        }

        public void setByday(String byday) {
            this.byday = byday == null ? null : byday.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        }

        public LocalTime getOpensAt() {
            return opensAt;
        }

        public void setOpensAt(LocalTime opensAt) {
            this.opensAt = opensAt;
        }

        public LocalTime getClosesAt() {
            return closesAt;
        }

        public void setClosesAt(LocalTime closesAt) {
            this.closesAt = closesAt;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public UUID getSite() {
            return site;
        }
    }

    public static final class Document implements Serializable {
        private String document;
        private String uri;

        Document(String document, String uri) {
            this.document = document;
            this.uri = uri;
        }

        public String getDocument() {
            return document;
        }

        public void setDocument(String document) {
            this.document = document;
        }

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }
    }

    public static final class Cost implements Serializable {
        private String option;
        private BigDecimal amount;
        private String currency;

        Cost(String option, BigDecimal amount, String currency) {
            this.option = option;
            this.amount = amount;
            this.currency = currency;
        }

        public String getOption() {
            return option;
        }

        public void setOption(String option) {
            this.option = option;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    public static final class PhoneRow implements Serializable {
        private String number;
        private String type;

        public PhoneRow(String number, String type) {
            this.number = number;
            this.type = type;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }
    }
}
