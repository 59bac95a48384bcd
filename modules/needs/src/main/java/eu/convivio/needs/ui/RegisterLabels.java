package eu.convivio.needs.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Names of the register's codes in the page's language: themes, groups, methods, statuses, severities. */
@Named
@RequestScoped
public class RegisterLabels {

    @Inject
    private Themes themes;

    @Inject
    private Directory directory;

    @Inject
    private eu.convivio.platform.api.CurrentUser user;

    private ZoneId zone;

    public List<Theme> getThemes() {
        return themes.all();
    }

    public String theme(String code) {
        return code == null ? "" : themes.byCode(code).map(t -> t.name(RegisterPages.language())).orElse(code);
    }

    public List<PopulationGroup> getGroups() {
        return Arrays.asList(PopulationGroup.values());
    }

    public String group(Object group) {
        if (group == null) {
            return "";
        }
        String code = group instanceof PopulationGroup g ? g.code() : group.toString();
        return RegisterPages.text("group." + code);
    }

    public List<AssessmentMethod> getMethods() {
        return Arrays.asList(AssessmentMethod.values());
    }

    public String method(AssessmentMethod method) {
        return method == null ? "" : RegisterPages.text("method." + code(method));
    }

    public List<AssessmentStatus> getAssessmentStatuses() {
        return Arrays.asList(AssessmentStatus.values());
    }

    public String assessmentStatus(AssessmentStatus status) {
        return status == null ? "" : RegisterPages.text("assessmentStatus." + code(status));
    }

    public List<NeedStatus> getNeedStatuses() {
        return Arrays.asList(NeedStatus.values());
    }

    public String needStatus(NeedStatus status) {
        return status == null ? "" : RegisterPages.text("needStatus." + status.code());
    }

    public List<Integer> getSeverities() {
        return List.of(1, 2, 3, 4, 5);
    }

    /** "4 – severe": the number with the scale's wording. */
    public String severity(Integer severity) {
        return severity == null ? "" : severity + " – " + RegisterPages.text("severity." + severity);
    }

    public String municipality(UUID id) {
        return id == null ? "" : directory.municipality(id).map(MunicipalitySummary::name).orElse("");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(RegisterPages.language())).format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(RegisterPages.language())).withZone(zone()).format(instant);
    }

    /** Times read in the time zone of the municipality the user works in. */
    private ZoneId zone() {
        if (zone == null) {
            zone = user.selectedMunicipality().flatMap(directory::municipality).map(MunicipalitySummary::timeZone)
                    .map(ZoneId::of).orElse(ZoneId.of("UTC"));
        }
        return zone;
    }

    public String number(Number n) {
        return n == null ? "–" : java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(RegisterPages.language())).format(n);
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
