package eu.convivio.strategy.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.application.NewStrategy;
import eu.convivio.strategy.application.StrategyDrafting;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starting a strategy: whose, its title, language and period, and what the first draft starts
 * from: nothing, a template, or another city's adopted strategy (whose origin is kept and shown).
 */
@Named
@RequestScoped
public class StrategyCreatePage {

    private static final Map<String, String> INPUTS = Map.of("municipalityId", "create:municipality", "title", "create:title",
            "language", "create:language", "periodFrom", "create:periodFrom", "periodTo", "create:periodTo",
            "template", "create:start", "copyOf", "create:start");

    @Inject
    private StrategyReading reading;

    @Inject
    private StrategyDrafting drafting;

    @Inject
    private CurrentUser user;

    private String municipality;
    private String title;
    private String language;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String start = "template:" + StrategyTemplate.OECD_CHECKLIST.code();
    private boolean allowPublicComments;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        if (!user.isAuthenticated()) {
            StrategyFeedback.redirect("/login.xhtml?next=" + URLEncoder.encode("/strategy/create.xhtml", StandardCharsets.UTF_8));
            return;
        }
        if (reading.writableMunicipalities().isEmpty()) {
            StrategyFeedback.sendError(403);
            return;
        }
        municipality = user.selectedMunicipality().map(UUID::toString)
                .filter(m -> getMunicipalities().stream().anyMatch(x -> x.id().toString().equals(m)))
                .orElse(getMunicipalities().get(0).id().toString());
        language = reading.writableMunicipalities().stream().filter(m -> m.id().toString().equals(municipality))
                .map(MunicipalitySummary::defaultLanguage).findFirst().orElse("en");
        periodFrom = LocalDate.of(LocalDate.now().getYear() + 1, 1, 1);
        periodTo = periodFrom.plusYears(5).minusDays(1);
        copy = StrategyFeedback.param("copy");
        if (copy != null && StrategyFeedback.uuid(copy) != null) {
            start = "copy:" + copy;
        }
    }

    private String copy;

    public String create() {
        String template = start != null && start.startsWith("template:") ? start.substring(9) : null;
        UUID copyOf = start != null && start.startsWith("copy:") ? StrategyFeedback.uuid(start.substring(5)) : null;
        Strategy s;
        try {
            s = drafting.create(new NewStrategy(StrategyFeedback.uuid(municipality), title, language, periodFrom, periodTo,
                    template, copyOf, allowPublicComments));
        } catch (Problem p) {
            StrategyFeedback.problem(p, INPUTS, null);
            return null;
        }
        StrategyFeedback.success("create.done", s.getTitle());
        return "/strategy/edit.xhtml?faces-redirect=true&id=" + s.getId();
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return reading.writableMunicipalities();
    }

    /** Where a draft can start from: nothing, each template, each adopted strategy's latest version. */
    public List<SelectItem> getStarts() {
        List<SelectItem> items = new ArrayList<>();
        for (StrategyTemplate t : StrategyTemplate.all()) {
            items.add(new SelectItem("template:" + t.code(), StrategyFeedback.text("create.start.template",
                    StrategyFeedback.text("template." + t.code()))));
        }
        items.add(new SelectItem("empty", StrategyFeedback.text("create.start.empty")));
        for (StrategyReading.StrategySummary s : reading.adopted()) {
            items.add(new SelectItem("copy:" + s.latestAdopted().getId(), StrategyFeedback.text("create.start.copy",
                    s.strategy().getTitle(), s.municipality(), s.latestAdopted().getNumber())));
        }
        return items;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public boolean isAllowPublicComments() {
        return allowPublicComments;
    }

    public void setAllowPublicComments(boolean allowPublicComments) {
        this.allowPublicComments = allowPublicComments;
    }
}
