package eu.convivio.needs.application;

import eu.convivio.needs.domain.District;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The districts of a municipality: reference data for needs and assessments. Read by the
 * register's readers, kept by its editors; a district that needs or assessments use stays.
 */
@ApplicationScoped
@Transactional
public class Districts {

    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
    private static final Set<String> GEOJSON_TYPES = Set.of("Polygon", "MultiPolygon", "Feature", "FeatureCollection");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** A district's fields as an editor sends them. */
    public record DistrictContent(String name, String code, String boundary) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<District> of(UUID municipalityId) {
        access.requireReader(municipalityId);
        return em.createQuery("SELECT d FROM District d WHERE d.municipalityId = :m ORDER BY d.name", District.class)
                .setParameter("m", municipalityId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public District district(UUID id) {
        District d = id == null ? null : em.find(District.class, id);
        if (d == null) {
            throw new Problem.NotFound("No such district.");
        }
        access.requireReader(d.getMunicipalityId());
        return d;
    }

    public District create(UUID municipalityId, DistrictContent content) {
        UUID owner = municipalityId != null ? municipalityId : access.defaultMunicipality(true);
        access.requireEditor(owner);
        check(owner, null, content);
        District d = new District(UUID.randomUUID(), owner, content.name(), content.code());
        d.outline(content.boundary());
        em.persist(d);
        em.flush();
        return d;
    }

    public District update(UUID id, long version, DistrictContent content) {
        District d = district(id);
        access.requireEditor(d.getMunicipalityId());
        d.expectVersion(version);
        check(d.getMunicipalityId(), id, content);
        d.rename(content.name(), content.code());
        d.outline(content.boundary());
        em.flush();
        return d;
    }

    public void delete(UUID id, long version) {
        District d = district(id);
        access.requireEditor(d.getMunicipalityId());
        d.expectVersion(version);
        long uses = em.createQuery("SELECT COUNT(n) FROM Need n WHERE n.districtId = :d", Long.class)
                .setParameter("d", id).getSingleResult()
                + ((Number) em.createNativeQuery("SELECT count(*) FROM needs.assessment_district WHERE district_id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString()).getSingleResult()).longValue();
        if (uses > 0) {
            throw new Problem.Conflict("Needs or assessments refer to this district; it stays.");
        }
        em.remove(d);
        em.flush();
    }

    private void check(UUID municipalityId, UUID self, DistrictContent content) {
        if (content == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (content.name() == null || content.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "Give the district's name."));
        } else if (content.name().strip().length() > 200) {
            errors.add(new Problem.FieldError("name", "At most 200 characters."));
        } else if (taken("name", municipalityId, self, content.name().strip())) {
            errors.add(new Problem.FieldError("name", "The municipality already has a district of this name."));
        }
        if (content.code() == null || !CODE.matcher(content.code().strip()).matches()) {
            errors.add(new Problem.FieldError("code", "A short code of letters, digits, dots, hyphens or underscores, such as TT-01."));
        } else if (taken("code", municipalityId, self, content.code().strip())) {
            errors.add(new Problem.FieldError("code", "The municipality already has a district with this code."));
        }
        if (content.boundary() != null && !content.boundary().isBlank() && !geoJson(content.boundary())) {
            errors.add(new Problem.FieldError("boundary",
                    "The boundary must be GeoJSON: an object whose type is Polygon, MultiPolygon, Feature or FeatureCollection."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private boolean taken(String attribute, UUID municipalityId, UUID self, String value) {
        return em.createQuery("SELECT d.id FROM District d WHERE d.municipalityId = :m AND d." + attribute + " = :v", UUID.class)
                .setParameter("m", municipalityId).setParameter("v", value)
                .getResultList().stream().anyMatch(id -> !id.equals(self));
    }

    static boolean geoJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject object = reader.readObject();
            return GEOJSON_TYPES.contains(object.getString("type", ""));
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }
}
