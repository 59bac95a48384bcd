package eu.convivio.platform.ui;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.TenantAdministration.MunicipalityForm;
import eu.convivio.platform.domain.Municipality;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The inputs of a municipality, shared by the create form and the edit page. */
public class MunicipalityFields {

    private String name;
    private String country;
    private MunicipalityKind kind = MunicipalityKind.MUNICIPALITY;
    private String parent;
    private String defaultLanguage;
    private String timeZone;

    void fill(Municipality m) {
        name = m.getName();
        country = m.getCountry();
        kind = m.getKind();
        parent = m.getParentId() == null ? null : m.getParentId().toString();
        defaultLanguage = m.getDefaultLanguage();
        timeZone = m.getTimeZone();
    }

    MunicipalityForm form() {
        UUID parentId;
        try {
            parentId = parent == null || parent.isBlank() ? null : UUID.fromString(parent);
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("parentId", Feedback.text("municipality.parent.unknown"));
        }
        return new MunicipalityForm(name, country, kind, parentId, defaultLanguage, timeZone);
    }

    /** Service field names to the inputs' client ids, under the given prefix. */
    static Map<String, String> inputs(String prefix) {
        Map<String, String> inputs = new HashMap<>();
        for (String field : new String[]{"name", "country", "kind", "defaultLanguage", "timeZone"}) {
            inputs.put(field, prefix + field);
        }
        inputs.put("parentId", prefix + "parent");
        return inputs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public void setKind(MunicipalityKind kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
