package eu.convivio.needs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The column mapping an assessment's survey imports use, kept as JSON (bound to the jsonb column
 * as text, as the district boundary is).
 */
@Entity
@Table(schema = "needs", name = "import_mapping")
public class ImportMapping extends EditedRecord {

    @Id
    @Column(name = "assessment_id")
    private UUID assessmentId;

    @Column(name = "mapping", nullable = false)
    private String mapping;

    protected ImportMapping() {
    }

    public ImportMapping(UUID assessmentId, ColumnMapping mapping) {
        this.assessmentId = assessmentId;
        this.mapping = mapping.toJson();
    }

    public void replace(ColumnMapping mapping) {
        this.mapping = mapping.toJson();
        touch();
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public ColumnMapping mapping() {
        return ColumnMapping.fromJson(mapping);
    }

    @Override
    protected String kind() {
        return "import mapping";
    }
}
