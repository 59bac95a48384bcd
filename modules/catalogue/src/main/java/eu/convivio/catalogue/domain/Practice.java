package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A good practice: what a municipality did about an integration problem, how, with what result,
 * and what another city needs to know to do the same. Written as a draft by the municipality's
 * officers; once published, everyone may read it.
 */
@Entity
@Table(schema = "catalogue", name = "practice")
@Audited
public class Practice extends EditedRecord implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "problem", nullable = false)
    private String problem;

    @Column(name = "approach", nullable = false)
    private String approach;

    @Column(name = "results")
    private String results;

    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "source_programme")
    private String sourceProgramme;

    @Column(name = "transferability")
    private String transferability;

    @Column(name = "contacts")
    private String contacts;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "catalogue", name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "catalogue", name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    private List<String> links = new ArrayList<>();

    protected Practice() {
    }

    /** A new draft of the municipality, with its content. */
    public Practice(UUID id, UUID municipalityId, PracticeContent content) {
        this.id = id;
        this.municipalityId = municipalityId;
        write(content);
    }

    /** Replaces the text, themes and links; the status stays as it is. */
    public final void write(PracticeContent content) {
        this.language = content.language();
        this.title = content.title();
        this.summary = content.summary();
        this.problem = content.problem();
        this.approach = content.approach();
        this.results = content.results();
        this.city = content.city();
        this.country = content.country();
        this.sourceProgramme = content.sourceProgramme();
        this.transferability = content.transferability();
        this.contacts = content.contacts();
        replace(themes, new TreeSet<>(content.themes()));
        replace(links, content.links());
        touch();
    }

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        // the same collection instance, so that the persistence provider sees element changes
        target.clear();
        target.addAll(values);
    }

    /** Makes the practice readable by everyone. Publishing twice is a mistake the editor should hear about. */
    public void publish(Instant now) {
        if (status == PracticeStatus.PUBLISHED) {
            throw new Problem.Conflict("This practice is already published.");
        }
        status = PracticeStatus.PUBLISHED;
        publishedAt = now;
        touch();
    }

    /**
     * Whether someone may read the practice: everyone once published, before that only the
     * members of its municipality (given as the set of municipalities the reader belongs to).
     */
    public boolean readableBy(Set<UUID> memberOf) {
        return status == PracticeStatus.PUBLISHED || memberOf.contains(municipalityId);
    }

    /** Refuses an edit made on a version other than the current one. */
    public void expectVersion(long edited) {
        if (edited != getVersion()) {
            throw new Problem.Conflict("This practice was changed by someone else since you opened it (version "
                    + edited + ", now " + getVersion() + "). Reload it and apply your change again.");
        }
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

    public PracticeStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PracticeStatus.PUBLISHED;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getProblem() {
        return problem;
    }

    public String getApproach() {
        return approach;
    }

    public String getResults() {
        return results;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getSourceProgramme() {
        return sourceProgramme;
    }

    public String getTransferability() {
        return transferability;
    }

    public String getContacts() {
        return contacts;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> getThemes() {
        return List.copyOf(themes);
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }

    /** The practice's text as an editor would send it back. */
    public PracticeContent content() {
        return new PracticeContent(language, title, summary, problem, approach, results, city, country,
                sourceProgramme, transferability, contacts, getThemes(), getLinks());
    }
}
