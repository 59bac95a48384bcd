package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.training.application.CourseFeedback;
import eu.convivio.training.application.SessionFacts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The learner's form for one enrolment: self-assessment per learning objective before the course
 * and after it, and the feedback form once the course is completed (answered once, anonymously).
 */
@Named
@RequestScoped
public class FeedbackPage {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    @Inject
    private CurrentUser user;

    @Inject
    private CourseFeedback feedback;

    private String enrolment;
    private CourseFeedback.Form form;
    private Integer relevance;
    private Integer trainer;
    private Integer materials;
    private Integer usefulness;
    private String comments;
    private final Map<String, Integer> levels = new HashMap<>();
    private String phase;

    @PostConstruct
    void readId() {
        enrolment = RecordsFeedback.parameter("enrolment");
    }

    public void load() {
        if (RecordsFeedback.signInFirst(user.isAuthenticated())) {
            return;
        }
        if (getForm() == null) {
            RecordsFeedback.sendError(404);
            return;
        }
        // the form shows what the learner answered in this phase, so that they see it was kept and can change it
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            form.assessment().getOrDefault(CourseFeedback.Phase.valueOf(getPhase()), Map.of())
                    .forEach((objective, level) -> levels.put(objective.toString(), level));
        }
    }

    public CourseFeedback.Form getForm() {
        if (form == null) {
            UUID id = RecordsFeedback.parse(enrolment);
            try {
                form = id == null ? null : feedback.form(id);
            } catch (Problem.NotFound e) {
                form = null;
            }
        }
        return form;
    }

    public String give() {
        try {
            feedback.give(RecordsFeedback.parse(enrolment), new CourseFeedback.Answer(relevance, trainer, materials, usefulness, comments));
            RecordsFeedback.success("feedback.thanks");
            return "/training/records.xhtml?faces-redirect=true";
        } catch (Problem p) {
            RecordsFeedback.problem(p, Map.of("relevance", "feedback:relevance", "trainer", "feedback:trainer",
                    "materials", "feedback:materials", "usefulness", "feedback:usefulness", "comments", "feedback:comments"));
            return null;
        }
    }

    public String assess() {
        Map<UUID, Integer> answers = new LinkedHashMap<>();
        levels.forEach((objective, level) -> {
            if (level != null) {
                answers.put(UUID.fromString(objective), level);
            }
        });
        try {
            CourseFeedback.Phase which = "POST".equals(phase) ? CourseFeedback.Phase.POST : CourseFeedback.Phase.PRE;
            feedback.assess(RecordsFeedback.parse(enrolment), which, answers);
            RecordsFeedback.success("assessment.saved");
            return "/training/feedback.xhtml?faces-redirect=true&enrolment=" + enrolment;
        } catch (Problem p) {
            RecordsFeedback.problem(p, Map.of());
            return null;
        }
    }

    /** The level the learner gave an objective in a phase, for showing it again. */
    public Integer given(String which, SessionFacts.Objective objective) {
        return getForm() == null ? null : form.assessment().getOrDefault(CourseFeedback.Phase.valueOf(which), Map.of())
                .get(objective.id());
    }

    /** The phase the assessment form answers now: after the course once it is completed. */
    public String getPhase() {
        if (phase == null) {
            phase = getForm() != null && form.completed() ? "POST" : "PRE";
        }
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public List<Integer> getScale() {
        return SCALE;
    }

    public Map<String, Integer> getLevels() {
        return levels;
    }

    public String getEnrolment() {
        return enrolment;
    }

    public Integer getRelevance() {
        return relevance;
    }

    public void setRelevance(Integer relevance) {
        this.relevance = relevance;
    }

    public Integer getTrainer() {
        return trainer;
    }

    public void setTrainer(Integer trainer) {
        this.trainer = trainer;
    }

    public Integer getMaterials() {
        return materials;
    }

    public void setMaterials(Integer materials) {
        this.materials = materials;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
