package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CityTaxonomies;
import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A city's own taxonomy: its name, language and terms in one form (one row per term, with its
 * parent and its names in the interface languages). A new taxonomy first gets its municipality.
 * Saved whole on the version it was opened at; a stale save is refused and the form keeps its text.
 */
@Named
@ViewScoped
public class TaxonomyEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Names of a term in the interface languages besides the taxonomy's own. */
    static final List<String> NAME_LANGUAGES = List.of("en", "el", "bg", "sk");

    @Inject
    private CityTaxonomies taxonomies;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    /** One term row. */
    public static final class TermRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID id;
        private String code;
        private String name;
        private String description;
        private String parent;
        private final Map<String, String> names = new LinkedHashMap<>();

        TermRow(UUID id) {
            this.id = id;
            NAME_LANGUAGES.forEach(l -> names.put(l, null));
        }

        public boolean isKept() {
            return id != null;
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

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getParent() {
            return parent;
        }

        public void setParent(String parent) {
            this.parent = parent;
        }

        public Map<String, String> getNames() {
            return names;
        }
    }

    private String id;
    private boolean loaded;
    private boolean allowed;
    private Long version;
    private String municipality;
    private String name;
    private String description;
    private String language = "en";
    private final List<TermRow> terms = new ArrayList<>();
    private boolean stale;
    private boolean confirmDelete;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!user.isAuthenticated()) {
            LibraryFeedback.redirect("/login.xhtml?next=" + URLEncoder.encode("/catalogue/edit/taxonomy.xhtml"
                    + (id == null ? "" : "?id=" + id), StandardCharsets.UTF_8));
            return;
        }
        if (isNew()) {
            if (taxonomies.writableMunicipalities().isEmpty() && !user.isPlatformAdmin()) {
                LibraryFeedback.sendError(403);
                return;
            }
            allowed = true;
            municipality = user.selectedMunicipality().filter(taxonomies.writableMunicipalities()::contains)
                    .or(() -> taxonomies.writableMunicipalities().stream().findFirst()).map(UUID::toString).orElse(null);
            language = LibraryFeedback.language();
            terms.add(new TermRow(null));
            return;
        }
        CityTaxonomy t;
        try {
            t = taxonomies.taxonomy(UUID.fromString(id));
        } catch (IllegalArgumentException | Problem.NotFound e) {
            LibraryFeedback.sendError(404);
            return;
        }
        if (!taxonomies.editable(t)) {
            LibraryFeedback.sendError(403);
            return;
        }
        allowed = true;
        fill(t);
    }

    private void fill(CityTaxonomy t) {
        version = t.version();
        municipality = t.municipalityId().toString();
        name = t.name();
        description = t.description();
        language = t.language();
        terms.clear();
        for (CityTaxonomy.Term term : t.terms()) {
            TermRow row = new TermRow(term.id());
            row.code = term.code();
            row.name = term.name();
            row.description = term.description();
            row.parent = term.parentCode();
            row.names.putAll(term.names());
            terms.add(row);
        }
    }

    CityTaxonomy.Content content() {
        List<CityTaxonomy.Term> result = new ArrayList<>();
        for (TermRow r : terms) {
            if (blank(r.code) && blank(r.name) && blank(r.description) && r.id == null) {
                continue; // an empty new row is no term
            }
            Map<String, String> names = new LinkedHashMap<>();
            r.names.forEach((l, n) -> {
                if (!blank(n) && !l.equals(language)) {
                    names.put(l, n.strip());
                }
            });
            result.add(new CityTaxonomy.Term(r.id, r.code == null ? null : r.code.strip(), r.name, r.description,
                    blank(r.parent) ? null : r.parent, names));
        }
        return new CityTaxonomy.Content(name, description, language == null ? null : language.strip(), result);
    }

    public String save() {
        stale = false;
        CityTaxonomy saved;
        try {
            saved = isNew() ? taxonomies.create(parse(municipality), content())
                    : taxonomies.update(UUID.fromString(id), version, content());
        } catch (Problem.Conflict e) {
            stale = true;
            EditorMessages.error("taxonomy.stale");
            return null;
        } catch (Problem p) {
            EditorMessages.problem(forPage(p), "taxonomy", Map.of("terms", "code"));
            return null;
        }
        EditorMessages.info("taxonomy.saved", saved.name());
        return "/catalogue/edit/taxonomy.xhtml?faces-redirect=true&id=" + saved.id();
    }

    public String delete() {
        if (!confirmDelete) {
            EditorMessages.error("taxonomy.delete.confirmFirst");
            return null;
        }
        try {
            taxonomies.delete(UUID.fromString(id), version);
        } catch (Problem.Conflict e) {
            stale = true;
            EditorMessages.error("taxonomy.stale");
            return null;
        } catch (Problem p) {
            EditorMessages.problem(p, "taxonomy", Map.of());
            return null;
        }
        EditorMessages.info("taxonomy.deleted", name);
        return "/catalogue/edit/taxonomies.xhtml?faces-redirect=true";
    }

    /** The domain's field paths as this form's input ids: {@code terms[2].parentCode} is row 2's {@code parent_code}. */
    private static Problem forPage(Problem p) {
        if (!(p instanceof Problem.Invalid invalid)) {
            return p;
        }
        return new Problem.Invalid(invalid.errors().stream().map(e -> new Problem.FieldError(
                e.field().replace(".parentCode", ".parent_code").replaceAll("\\.names\\.([a-z]{2})$", ".name_$1")
                        .replaceAll("\\.names$", ".name"), e.message())).toList());
    }

    public void addTerm() {
        terms.add(new TermRow(null));
    }

    public void removeTerm(TermRow row) {
        terms.remove(row);
    }

    /** Codes a term may sit under: the other rows' codes. */
    public List<String> parentChoices(TermRow row) {
        return terms.stream().filter(r -> r != row && !blank(r.code)).map(r -> r.code.strip()).distinct().sorted().toList();
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return taxonomies.writableMunicipalities().stream().map(directory::municipality).flatMap(Optional::stream)
                .sorted(Comparator.comparing(MunicipalitySummary::name)).toList();
    }

    public String getKeeper() {
        UUID m = parse(municipality);
        return m == null ? "" : directory.municipality(m).map(MunicipalitySummary::name).orElse("");
    }

    public List<String> getNameLanguages() {
        return NAME_LANGUAGES.stream().filter(l -> !l.equals(language)).toList();
    }

    private static UUID parse(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<TermRow> getTerms() {
        return terms;
    }

    public boolean isStale() {
        return stale;
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public void setConfirmDelete(boolean confirmDelete) {
        this.confirmDelete = confirmDelete;
    }
}
