package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.PracticeLibrary;
import eu.convivio.catalogue.domain.Practice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The public list of good practices with its search form; the query lives in the address, so a search is linkable. */
@Named
@RequestScoped
public class PracticesPage {

    @Inject
    private PracticeLibrary library;

    @Inject
    private Themes themes;

    private String q;
    private String theme;
    private String country;
    private List<Practice> results;

    public List<Practice> getResults() {
        if (results == null) {
            String code = theme != null && themes.byCode(theme).isPresent() ? theme : null;
            String iso = country != null && country.strip().matches("[A-Za-z]{2}") ? country.strip() : null;
            results = library.search(q, code, iso);
        }
        return results;
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public List<String> getCountries() {
        return library.countries();
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(LibraryFeedback.language()));
    }

    public String themeName(String code) {
        return themes.byCode(code).map(t -> t.name(LibraryFeedback.language())).orElse(code);
    }

    public String themeNames(List<String> codes) {
        return codes.stream().map(this::themeName).collect(Collectors.joining(", "));
    }

    public boolean isWriter() {
        return !library.writableMunicipalities().isEmpty();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
