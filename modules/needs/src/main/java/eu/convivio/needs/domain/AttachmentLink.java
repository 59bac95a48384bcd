package eu.convivio.needs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A document about an assessment kept elsewhere (report, questionnaire, findings), by link. */
@Embeddable
public class AttachmentLink {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "url", nullable = false)
    private String url;

    protected AttachmentLink() {
    }

    public AttachmentLink(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttachmentLink other && Objects.equals(title, other.title) && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }
}
