package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.PracticeLibrary;
import eu.convivio.catalogue.domain.Practice;
import eu.convivio.catalogue.domain.PracticeContent;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writing a good practice: a new draft, or a change to one of the municipality's practices. The
 * version the form was opened at travels with it; a save on an older version is refused with a
 * message, and the form keeps what the user typed so that nothing is lost.
 */
@Named
@RequestScoped
public class PracticeEditPage {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("municipalityId", "practice:municipality"), Map.entry("language", "practice:language"),
            Map.entry("title", "practice:title"), Map.entry("summary", "practice:summary"),
            Map.entry("problem", "practice:problem"), Map.entry("approach", "practice:approach"),
            Map.entry("results", "practice:results"), Map.entry("city", "practice:city"),
            Map.entry("country", "practice:country"), Map.entry("sourceProgramme", "practice:sourceProgramme"),
            Map.entry("transferability", "practice:transferability"), Map.entry("contacts", "practice:contacts"),
            Map.entry("themes", "practice:themes"), Map.entry("links", "practice:links"));

    @Inject
    private PracticeLibrary library;

    @Inject
    private Themes themes;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private UUID id;
    private long version;
    private String municipality;
    private String language = "en";
    private String title;
    private String summary;
    private String problem;
    private String approach;
    private String results;
    private String city;
    private String country;
    private String sourceProgramme;
    private String transferability;
    private String contacts;
    private List<String> selectedThemes = new ArrayList<>();
    private String links;

    @PostConstruct
    void readId() {
        id = PracticePage.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    /** Fills the form on the first visit. Signed-out users go to sign in; others need a municipality to write for. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        if (!user.isAuthenticated()) {
            String next = "/catalogue/edit/practice.xhtml" + (id == null ? "" : "?id=" + id);
            LibraryFeedback.redirect("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (id == null) {
            if (library.writableMunicipalities().isEmpty() && !user.isPlatformAdmin()) {
                LibraryFeedback.sendError(403);
                return;
            }
            municipality = user.selectedMunicipality().filter(library.writableMunicipalities()::contains)
                    .or(() -> library.writableMunicipalities().stream().findFirst()).map(UUID::toString).orElse(null);
            directory.municipality(municipality == null ? null : UUID.fromString(municipality)).ifPresent(m -> {
                city = m.name();
                country = m.country();
            });
            return;
        }
        Practice p;
        try {
            p = library.practice(id);
        } catch (Problem.NotFound e) {
            LibraryFeedback.sendError(404);
            return;
        }
        if (!library.editable(p)) {
            // readable but not theirs: a published practice of another city
            LibraryFeedback.sendError(user.municipalities().contains(p.getMunicipalityId()) ? 403 : 404);
            return;
        }
        fill(p);
    }

    private void fill(Practice p) {
        version = p.getVersion();
        municipality = p.getMunicipalityId().toString();
        language = p.getLanguage();
        title = p.getTitle();
        summary = p.getSummary();
        problem = p.getProblem();
        approach = p.getApproach();
        results = p.getResults();
        city = p.getCity();
        country = p.getCountry();
        sourceProgramme = p.getSourceProgramme();
        transferability = p.getTransferability();
        contacts = p.getContacts();
        selectedThemes = new ArrayList<>(p.getThemes());
        links = String.join("\n", p.getLinks());
    }

    public String save() {
        PracticeContent content = new PracticeContent(language, title, summary, problem, approach, results, city, country,
                sourceProgramme, transferability, contacts, selectedThemes == null ? List.of() : selectedThemes,
                links == null ? List.of() : Arrays.stream(links.split("\\R")).toList());
        Practice saved;
        try {
            saved = id == null ? library.create(PracticePage.parse(municipality), content) : library.update(id, version, content);
        } catch (Problem p) {
            LibraryFeedback.problem(p, INPUTS);
            return null;
        }
        LibraryFeedback.success("practice.saved", saved.getTitle());
        return "/catalogue/practice.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** The municipalities the user may write for, for a new practice. */
    public List<MunicipalitySummary> getMunicipalities() {
        return library.writableMunicipalities().stream().map(directory::municipality).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(MunicipalitySummary::name)).toList();
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public String themeName(Theme theme) {
        return theme.name(LibraryFeedback.language());
    }

    public boolean isNew() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSourceProgramme() {
        return sourceProgramme;
    }

    public void setSourceProgramme(String sourceProgramme) {
        this.sourceProgramme = sourceProgramme;
    }

    public String getTransferability() {
        return transferability;
    }

    public void setTransferability(String transferability) {
        this.transferability = transferability;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public List<String> getSelectedThemes() {
        return selectedThemes;
    }

    public void setSelectedThemes(List<String> selectedThemes) {
        this.selectedThemes = selectedThemes;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}
