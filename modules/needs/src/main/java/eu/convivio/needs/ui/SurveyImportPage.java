package eu.convivio.needs.ui;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.SurveyImports;
import eu.convivio.needs.domain.ColumnMapping;
import eu.convivio.needs.domain.ImportField;
import eu.convivio.needs.domain.ImportMapping;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.domain.RowError;
import eu.convivio.needs.domain.SurveyImport.PlannedNeed;
import eu.convivio.needs.domain.SurveyRejected;
import eu.convivio.needs.domain.SurveyShape;
import eu.convivio.platform.api.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Survey import in three steps on one page: upload (file and shape), mapping (a column for each
 * field; labels of the survey for themes, groups and districts), preview (the first needs as they
 * will be stored, or every error with its line) and commit. The file stays in the view between
 * the steps; nothing is stored before the commit, and the commit stores all or nothing.
 */
@Named
@ViewScoped
public class SurveyImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SurveyImports imports;

    @Inject
    private transient Assessments assessments;

    private UUID assessmentId;
    private String assessmentTitle;
    private transient Part upload;
    private byte[] file;
    private String fileName;
    private String shape = SurveyShape.NEED_PER_ROW.code();
    private List<String> headers = List.of();
    private final Map<String, String> columns = new LinkedHashMap<>();
    private String themeValues = "";
    private String groupValues = "";
    private String districtValues = "";
    private List<PlannedNeed> preview = List.of();
    private int previewRows;
    private int previewNeeds;
    private List<RowError> errors = List.of();
    private boolean previewed;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            assessmentId = RegisterPages.id(RegisterPages.parameter("assessment"));
            NeedsAssessment a = assessments.assessment(assessmentId);
            if (!assessments.editable(a)) {
                throw new Problem.Forbidden("Only officers and municipal administrators import needs.");
            }
            assessmentTitle = a.getTitle();
            ImportMapping saved = imports.savedMapping(assessmentId);
            if (saved != null) {
                show(saved.mapping());
            }
        } catch (Problem p) {
            RegisterPages.refuse(p);
        }
    }

    /** Step 1: reads the file and proposes a mapping (the saved one where its columns exist, else from the headers). */
    public void read() {
        clearResults();
        if (upload == null || upload.getSize() == 0) {
            fieldError("import-form:file", AnalysisTexts.get("import.file.required"));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            file = in.readAllBytes();
        } catch (IOException e) {
            fieldError("import-form:file", AnalysisTexts.get("import.file.unreadable"));
            return;
        }
        fileName = upload.getSubmittedFileName();
        try {
            SurveyImports.Preview p = imports.preview(assessmentId, file, fileName, current());
            headers = p.headers();
            ColumnMapping proposed = current();
            if (!proposed.problems(headers).isEmpty()) {
                proposed = ColumnMapping.suggested(SurveyShape.ofCode(shape), headers);
            }
            show(proposed);
        } catch (SurveyRejected rejected) {
            file = null;
            errors = rejected.errors();
            fieldError("import-form:file", AnalysisTexts.get("import.file.rejected", rejected.getMessage()));
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
        }
    }

    /** Step 2–3: the needs the file gives with this mapping, or its errors. */
    public void previewImport() {
        clearResults();
        if (file == null) {
            fieldError("import-form:file", AnalysisTexts.get("import.file.required"));
            return;
        }
        try {
            SurveyImports.Preview p = imports.preview(assessmentId, file, fileName, current());
            preview = p.first();
            previewRows = p.rows();
            previewNeeds = p.needs();
            errors = p.errors();
            previewed = true;
            showMappingErrors();
        } catch (SurveyRejected rejected) {
            errors = rejected.errors();
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
        }
    }

    /** Step 4: stores every need or none. */
    public String commit() {
        if (file == null) {
            fieldError("import-form:file", AnalysisTexts.get("import.file.required"));
            return null;
        }
        try {
            SurveyImports.Imported done = imports.commit(assessmentId, file, fileName, current());
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    AnalysisTexts.get("import.done", done.needs().size(), done.rows()), null));
            return "/needs/analysis.xhtml?faces-redirect=true&assessment=" + assessmentId;
        } catch (SurveyRejected rejected) {
            errors = rejected.errors();
            preview = List.of();
            showMappingErrors();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    AnalysisTexts.get("import.refused", rejected.errors().size()), null));
            return null;
        } catch (Problem p) {
            RegisterPages.problem(p, Map.of());
            return null;
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SurveyRejected rejected) {
                    errors = rejected.errors();
                    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            AnalysisTexts.get("import.refused", rejected.errors().size()), null));
                    return null;
                }
            }
            throw e;
        }
    }

    /** Errors of the mapping itself (line 1, a field) beside the field's select. */
    private void showMappingErrors() {
        for (RowError e : errors) {
            if (e.line() <= 1 && e.column() == null && e.field() != null) {
                String id = e.field().startsWith("themeValues") ? "import-form:themeValues"
                        : e.field().startsWith("groupValues") ? "import-form:groupValues"
                        : e.field().startsWith("districtValues") ? "import-form:districtValues"
                        : "import-form:column-" + e.field();
                fieldError(id, e.message());
            }
        }
    }

    private void fieldError(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private void clearResults() {
        preview = List.of();
        errors = List.of();
        previewed = false;
    }

    private void show(ColumnMapping m) {
        shape = m.shape().code();
        columns.clear();
        m.columns().forEach((f, h) -> columns.put(f.code(), h));
        themeValues = lines(m.themeValues());
        groupValues = lines(m.groupValues());
        districtValues = lines(m.districtValues());
    }

    /** The mapping as the form has it. */
    ColumnMapping current() {
        Map<ImportField, String> cols = new EnumMap<>(ImportField.class);
        columns.forEach((code, header) -> {
            if (header != null && !header.isBlank()) {
                cols.put(ImportField.ofCode(code), header);
            }
        });
        SurveyShape s;
        try {
            s = SurveyShape.ofCode(shape);
        } catch (IllegalArgumentException | NullPointerException e) {
            s = SurveyShape.NEED_PER_ROW;
        }
        return new ColumnMapping(s, cols, pairs(themeValues), pairs(groupValues), pairs(districtValues));
    }

    /** "label = code" lines (the last "=" separates, so labels may contain one). */
    static Map<String, String> pairs(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        for (String line : text.split("\\R")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0 && eq < line.length() - 1) {
                m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return m;
    }

    private static String lines(Map<String, String> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append(" = ").append(v).append('\n'));
        return b.toString();
    }

    public List<String> getFields() {
        return Arrays.stream(ImportField.values()).map(ImportField::code).toList();
    }

    public boolean required(String field) {
        return ColumnMapping.REQUIRED.get(current().shape()).contains(ImportField.ofCode(field));
    }

    public List<String> getShapes() {
        return Arrays.stream(SurveyShape.values()).map(SurveyShape::code).toList();
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public String getAssessmentTitle() {
        return assessmentTitle;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isFileRead() {
        return file != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getShape() {
        return shape;
    }

    public void setShape(String shape) {
        this.shape = shape;
    }

    public List<String> getHeaders() {
        return headers;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public String getThemeValues() {
        return themeValues;
    }

    public void setThemeValues(String themeValues) {
        this.themeValues = themeValues;
    }

    public String getGroupValues() {
        return groupValues;
    }

    public void setGroupValues(String groupValues) {
        this.groupValues = groupValues;
    }

    public String getDistrictValues() {
        return districtValues;
    }

    public void setDistrictValues(String districtValues) {
        this.districtValues = districtValues;
    }

    public List<PlannedNeed> getPreview() {
        return preview;
    }

    public int getPreviewRows() {
        return previewRows;
    }

    public int getPreviewNeeds() {
        return previewNeeds;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public boolean isPreviewed() {
        return previewed;
    }

    public String getPreviewSummary() {
        return AnalysisTexts.get("import.preview.summary", previewNeeds, previewRows);
    }

    public boolean isCommittable() {
        return previewed && errors.isEmpty() && previewNeeds > 0;
    }
}
