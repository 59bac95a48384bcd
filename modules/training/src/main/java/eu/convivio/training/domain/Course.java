package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A course: what staff learn, for whom, how long, and when they have completed it. Written by
 * the trainers of one municipality; once published, staff of every municipality can find it and
 * enrol in its sessions (where the host allows).
 */
@Entity
@Table(schema = "training", name = "course")
@Audited
public class Course implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "language", nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private CourseFormat format;

    @Column(name = "hours", nullable = false)
    private BigDecimal hours;

    @Embedded
    private CompletionRule completionRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval", nullable = false)
    private Approval approval;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_translation", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language")
    private Map<String, CourseText> translations = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_topic", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "topic", nullable = false)
    private Set<String> topics = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_target_department", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "department_id", nullable = false)
    private Set<UUID> targetDepartments = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_target_role", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> targetRoles = new HashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<LearningObjective> objectives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_trainer", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "account_id", nullable = false)
    private Set<UUID> trainers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "training", name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "prerequisite_id", nullable = false)
    private Set<UUID> prerequisites = new HashSet<>();

    protected Course() {
    }

    /** A new draft of the municipality. */
    public Course(UUID id, UUID municipalityId, CourseContent content, Supplier<UUID> ids) {
        this.id = id;
        this.municipalityId = municipalityId;
        write(content, ids);
    }

    /** Replaces what the editor sets; objectives sent with their id keep it, new ones get one from {@code ids}. */
    public final void write(CourseContent content, Supplier<UUID> ids) {
        if (content.prerequisites().contains(id)) {
            throw new Problem.Invalid("prerequisites", "A course cannot be its own prerequisite.");
        }
        this.title = content.title();
        this.description = content.description();
        this.language = content.language();
        this.format = content.format();
        this.hours = content.hours();
        this.completionRule = content.completionRule();
        this.approval = content.approval();
        translations.clear();
        translations.putAll(content.translations());
        translations.remove(language);
        replace(topics, content.topics());
        replace(targetDepartments, content.targetDepartments());
        replace(targetRoles, content.targetRoles());
        replace(trainers, content.trainers());
        replace(prerequisites, content.prerequisites());
        writeObjectives(content.objectives(), ids);
        touch();
    }

    private void writeObjectives(List<Objective> wanted, Supplier<UUID> ids) {
        Map<UUID, LearningObjective> existing = new HashMap<>();
        objectives.forEach(o -> existing.put(o.getId(), o));
        List<LearningObjective> result = new ArrayList<>();
        int position = 0;
        for (Objective objective : wanted) {
            LearningObjective kept = objective.id() == null ? null : existing.remove(objective.id());
            if (objective.id() != null && kept == null) {
                throw new Problem.Invalid("objectives", "Learning objective " + objective.id() + " does not belong to this course.");
            }
            if (kept == null) {
                kept = new LearningObjective(ids.get(), this, position, objective.text());
            } else {
                kept.rewrite(position, objective.text());
            }
            result.add(kept);
            position++;
        }
        objectives.clear();
        objectives.addAll(result);
    }

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        // the same collection instance, so that the persistence provider sees element changes
        target.clear();
        target.addAll(values);
    }

    public void publish() {
        if (status == CourseStatus.PUBLISHED) {
            throw new Problem.Conflict("This course is already published.");
        }
        status = CourseStatus.PUBLISHED;
        touch();
    }

    /** No new sessions; existing sessions and completions stay. */
    public void archive() {
        status = CourseStatus.ARCHIVED;
        touch();
    }

    /** Whether new sessions may be planned: not while archived. */
    public void requirePlannable() {
        if (status == CourseStatus.ARCHIVED) {
            throw new Problem.Conflict("This course is archived: publish it again before planning sessions.");
        }
    }

    /** Refuses an edit made on a version other than the current one. */
    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This course was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and apply your change again.");
        }
    }

    public void touch() {
        lastModified = Instant.now();
    }

    /** The title in the language asked for, else in the course's own language. */
    public String title(String lang) {
        Map<String, String> titles = new HashMap<>();
        translations.forEach((l, t) -> titles.put(l, t.getTitle()));
        return CourseTitles.in(lang, title, titles);
    }

    /** The description in the language asked for, else in the course's own language. */
    public String description(String lang) {
        CourseText text = lang == null ? null : translations.get(lang);
        return text == null || text.getDescription() == null ? description : text.getDescription();
    }

    public boolean isTrainer(UUID accountId) {
        return trainers.contains(accountId);
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public Approval getApproval() {
        return approval;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, CourseText> getTranslations() {
        return Map.copyOf(translations);
    }

    public List<String> getTopics() {
        return List.copyOf(new TreeSet<>(topics));
    }

    public Set<UUID> getTargetDepartments() {
        return Set.copyOf(targetDepartments);
    }

    public Set<Role> getTargetRoles() {
        return Set.copyOf(targetRoles);
    }

    public List<LearningObjective> getObjectives() {
        return List.copyOf(objectives);
    }

    public Set<UUID> getTrainers() {
        return Set.copyOf(trainers);
    }

    public Set<UUID> getPrerequisites() {
        return Set.copyOf(prerequisites);
    }
}
