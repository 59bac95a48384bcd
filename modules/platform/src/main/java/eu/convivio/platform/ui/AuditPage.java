package eu.convivio.platform.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.AuditLog;
import eu.convivio.platform.domain.AuditEntry;
import eu.convivio.platform.web.JsonMapping;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit log, filtered through the address (a plain GET form), so that a filtered view can
 * be bookmarked and paged with ordinary links.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 25;

    @Inject
    private AuditLog auditLog;

    private String actor;
    private String entityType;
    private String entityId;
    private String municipality;
    private String from;
    private String to;
    private int page;

    private AuditLog.Page result;
    private boolean invalid;

    /** One changed attribute of an entry, before and after. */
    public record Change(String field, String before, String after) {
    }

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        actor = params.get("actor");
        entityType = params.get("entityType");
        entityId = params.get("entityId");
        municipality = params.get("municipality");
        from = params.get("from");
        to = params.get("to");
        try {
            page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
    }

    /** Runs the search before the page renders, so that bad filters show beside their fields. */
    public void search() {
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        UUID municipalityId = Ids.parse(municipality);
        if (municipality != null && !municipality.isBlank() && municipalityId == null) {
            Feedback.error("municipality", "audit.municipality.unknown");
            invalid = true;
        }
        if (invalid) {
            return;
        }
        AuditLog.Filter filter = new AuditLog.Filter(actor, entityType, entityId, municipalityId,
                fromDate == null ? null : fromDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        try {
            result = auditLog.search(filter, page, PAGE_SIZE);
        } catch (Problem p) {
            Feedback.problem(p, Map.of());
        }
    }

    private LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Feedback.error(field, "audit.date.invalid");
            invalid = true;
            return null;
        }
    }

    public List<AuditEntry> getEntries() {
        return result == null ? List.of() : result.entries();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    /** "Entries 1 to 25 of 130", or the sentence for no entries. */
    public String getCountText() {
        return getTotal() == 0 ? Feedback.text("audit.none")
                : Feedback.text("audit.count", getFirstShown(), getLastShown(), getTotal());
    }

    public int getPage() {
        return page;
    }

    public int getFirstShown() {
        return getEntries().isEmpty() ? 0 : page * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return page * PAGE_SIZE + getEntries().size();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public String getPreviousLink() {
        return link(page - 1);
    }

    public String getNextLink() {
        return link(page + 1);
    }

    private String link(int target) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("entityType", entityType);
        params.put("entityId", entityId);
        params.put("municipality", municipality);
        params.put("from", from);
        params.put("to", to);
        StringBuilder link = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/admin/audit.xhtml?page=").append(target);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }

    /** The action in the page's language; actions that other modules record appear as recorded. */
    public String actionLabel(String action) {
        String label = Feedback.text("audit.action." + action);
        return label.startsWith("audit.action.") ? action : label;
    }

    /** The changed attributes recorded with an entry; values are shown as the JSON recorded them. */
    public List<Change> changes(AuditEntry entry) {
        List<Change> changes = new ArrayList<>();
        if (entry.getChanges() == null) {
            return changes;
        }
        JsonNode root;
        try {
            root = JsonMapping.MAPPER.readTree(entry.getChanges());
        } catch (JsonProcessingException e) {
            return changes;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode pair = field.getValue();
            changes.add(new Change(field.getKey(), text(pair.get("before")), text(pair.get("after"))));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
