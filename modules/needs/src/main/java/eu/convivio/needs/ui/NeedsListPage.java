package eu.convivio.needs.ui;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.NeedsRegister;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.infrastructure.NeedQueries;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The needs of one assessment (or of the user's municipality), with filters by theme, district,
 * population group, severity and status, sorting and paging, all in the address so that a
 * filtered list can be bookmarked and shared with colleagues.
 */
@Named
@RequestScoped
public class NeedsListPage {

    public static final int PAGE_SIZE = 25;

    @Inject
    private NeedsRegister register;

    @Inject
    private Assessments assessments;

    @Inject
    private Districts districtRegister;

    @Inject
    private RegisterAccess access;

    private String assessment;
    private String theme;
    private String district;
    private String group;
    private String severity;
    private String status;
    private String sort = "severity";
    private int page;

    private NeedsAssessment round;
    private NeedQueries.Page result = new NeedQueries.Page(List.of(), 0);
    private Map<UUID, District> districts = Map.of();
    private boolean editable;

    public void load() {
        try {
            UUID assessmentId = RegisterPages.id(assessment);
            UUID municipality;
            if (assessmentId != null) {
                round = assessments.assessment(assessmentId);
                municipality = round.getMunicipalityId();
            } else {
                municipality = access.defaultMunicipality(false);
                access.requireReader(municipality);
            }
            editable = access.mayEdit(municipality);
            districts = districtRegister.of(municipality).stream().collect(Collectors.toMap(District::getId, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
            boolean whole = "whole".equals(district);
            var filter = new NeedQueries.Filter(null, municipality, assessmentId, blank(theme),
                    whole ? null : RegisterPages.id(district), whole, validGroup(group), number(severity), null,
                    validStatus(status));
            result = register.search(filter, sortKey(), Math.max(page, 0), PAGE_SIZE);
        } catch (Problem p) {
            RegisterPages.refuse(p);
        }
    }

    private NeedQueries.Sort sortKey() {
        try {
            return NeedQueries.Sort.valueOf(sort == null ? "SEVERITY" : sort.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return NeedQueries.Sort.SEVERITY;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(String value) {
        try {
            int n = Integer.parseInt(value);
            return n >= 1 && n <= 5 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String validGroup(String value) {
        try {
            return value == null || value.isBlank() ? null : PopulationGroup.ofCode(value).code();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static NeedStatus validStatus(String value) {
        try {
            return value == null || value.isBlank() ? null : NeedStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String districtName(UUID id) {
        if (id == null) {
            return RegisterPages.text("district.whole");
        }
        District d = districts.get(id);
        return d == null ? "" : d.getName();
    }

    /** The address of this list with one parameter changed (sorting, paging). */
    public String link(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("assessment", assessment);
        parameters.put("theme", theme);
        parameters.put("district", district);
        parameters.put("group", group);
        parameters.put("severity", severity);
        parameters.put("status", status);
        parameters.put("sort", sort);
        parameters.put("page", page == 0 ? null : Integer.toString(page));
        parameters.put(name, value);
        if (!"page".equals(name)) {
            parameters.put("page", null);
        }
        return "needs.xhtml?" + parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public String getPreviousLink() {
        return link("page", Integer.toString(page - 1));
    }

    public String getNextLink() {
        return link("page", Integer.toString(page + 1));
    }

    public int getFirstShown() {
        return result.total() == 0 ? 0 : page * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(result.total(), (long) (page + 1) * PAGE_SIZE);
    }

    public List<Need> getNeeds() {
        return result.needs();
    }

    public long getTotal() {
        return result.total();
    }

    public NeedsAssessment getRound() {
        return round;
    }

    public List<District> getDistrictChoices() {
        return List.copyOf(districts.values());
    }

    public boolean isEditable() {
        return editable && round != null;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
