package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes cities' own taxonomies in the caller's transaction. A save replaces the
 * taxonomy's terms: terms sent with their id are updated in place (services keep them), new ones
 * are added, and terms left out are removed together with their uses on services.
 */
public class CityTaxonomyStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;

    public CityTaxonomyStore(EntityManager em) {
        this.em = em;
    }

    /** Every city's taxonomy with its terms, by name. */
    public List<CityTaxonomy> all() {
        return read(null);
    }

    public Optional<CityTaxonomy> find(UUID id) {
        return read(id).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<CityTaxonomy> read(UUID only) {
        String filter = only == null ? "" : " AND tx.id = CAST(?1 AS uuid)";
        var taxonomies = em.createNativeQuery("""
                SELECT CAST(tx.id AS text), CAST(tx.municipality_id AS text), tx.name, tx.description, tx.language, tx.lock_version
                FROM catalogue.taxonomy tx WHERE tx.municipality_id IS NOT NULL""" + filter + " ORDER BY tx.name");
        var terms = em.createNativeQuery("""
                SELECT CAST(tt.id AS text), CAST(tt.taxonomy_id AS text), tt.code, tt.name, tt.description, p.code,
                       (SELECT coalesce(jsonb_object_agg(t.language, t.text), '{}')::text FROM catalogue.translation t
                        WHERE t.entity_type = 'taxonomy_term' AND t.entity_id = tt.id AND t.field = 'name')
                FROM catalogue.taxonomy_term tt
                JOIN catalogue.taxonomy tx ON tx.id = tt.taxonomy_id AND tx.municipality_id IS NOT NULL
                LEFT JOIN catalogue.taxonomy_term p ON p.id = tt.parent_id""" + filter.replace("tx.id", "tt.taxonomy_id")
                + " ORDER BY tt.code");
        if (only != null) {
            taxonomies.setParameter(1, only.toString());
            terms.setParameter(1, only.toString());
        }
        Map<String, List<CityTaxonomy.Term>> byTaxonomy = new HashMap<>();
        for (Object[] r : (List<Object[]>) terms.getResultList()) {
            Map<String, String> names;
            try {
                names = JSON.readValue((String) r[6], JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            byTaxonomy.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(new CityTaxonomy.Term(UUID.fromString((String) r[0]),
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], names));
        }
        List<CityTaxonomy> result = new ArrayList<>();
        for (Object[] r : (List<Object[]>) taxonomies.getResultList()) {
            result.add(new CityTaxonomy(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2], (String) r[3],
                    (String) r[4], ((Number) r[5]).longValue(), byTaxonomy.getOrDefault((String) r[0], List.of())));
        }
        return result;
    }

    /** Adds a city's taxonomy; answers false when another taxonomy already has the name. */
    public boolean create(UUID id, UUID municipalityId, CityTaxonomy.Content content) {
        if (nameTaken(content.name().strip(), id)) {
            return false;
        }
        em.createNativeQuery("""
                INSERT INTO catalogue.taxonomy (id, name, description, municipality_id, language)
                VALUES (CAST(?1 AS uuid), ?2, ?3, CAST(?4 AS uuid), ?5)""")
                .setParameter(1, id.toString()).setParameter(2, content.name().strip())
                .setParameter(3, content.description() == null ? "" : content.description().strip())
                .setParameter(4, municipalityId.toString()).setParameter(5, content.language()).executeUpdate();
        writeTerms(id, content, Set.of());
        return true;
    }

    /**
     * Replaces the taxonomy if it is still at {@code version}; answers false when someone saved it
     * since. The update of the taxonomy row on that version also locks it for this transaction.
     */
    public boolean update(UUID id, long version, CityTaxonomy.Content content) {
        if (nameTaken(content.name().strip(), id)) {
            throw new Problem.Invalid("name", "Another taxonomy is called '" + content.name().strip() + "'; choose another name.");
        }
        int updated = em.createNativeQuery("""
                UPDATE catalogue.taxonomy SET name = ?1, description = ?2, language = ?3, lock_version = lock_version + 1,
                       last_modified = now()
                WHERE id = CAST(?4 AS uuid) AND lock_version = ?5 AND municipality_id IS NOT NULL""")
                .setParameter(1, content.name().strip()).setParameter(2, content.description() == null ? "" : content.description().strip())
                .setParameter(3, content.language()).setParameter(4, id.toString()).setParameter(5, version).executeUpdate();
        if (updated == 0) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("SELECT CAST(id AS text) FROM catalogue.taxonomy_term WHERE taxonomy_id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString()).getResultList();
        Set<UUID> own = new HashSet<>();
        existing.forEach(e -> own.add(UUID.fromString(e)));
        writeTerms(id, content, own);
        return true;
    }

    /** Deletes the taxonomy, its terms and their uses, if it is still at {@code version}. */
    public boolean delete(UUID id, long version) {
        // raising the version locks the row and tells whether it was still at the version read
        int locked = em.createNativeQuery("""
                UPDATE catalogue.taxonomy SET lock_version = lock_version + 1
                WHERE id = CAST(?1 AS uuid) AND lock_version = ?2 AND municipality_id IS NOT NULL""")
                .setParameter(1, id.toString()).setParameter(2, version).executeUpdate();
        if (locked == 0) {
            return false;
        }
        removeTerms("taxonomy_id = CAST(?1 AS uuid)", id.toString());
        em.createNativeQuery("DELETE FROM catalogue.taxonomy WHERE id = CAST(?1 AS uuid)").setParameter(1, id.toString()).executeUpdate();
        return true;
    }

    private boolean nameTaken(String name, UUID except) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM catalogue.taxonomy WHERE name = ?1 AND id <> CAST(?2 AS uuid)")
                .setParameter(1, name).setParameter(2, except.toString()).getSingleResult()).intValue() > 0;
    }

    /** Removes terms (and their names and uses on services) chosen by a condition on taxonomy_term. */
    private void removeTerms(String condition, String parameter) {
        String terms = "SELECT id FROM catalogue.taxonomy_term WHERE " + condition;
        em.createNativeQuery("DELETE FROM catalogue.attribute WHERE taxonomy_term_id IN (" + terms + ")").setParameter(1, parameter).executeUpdate();
        em.createNativeQuery("DELETE FROM catalogue.translation WHERE entity_type = 'taxonomy_term' AND entity_id IN (" + terms + ")")
                .setParameter(1, parameter).executeUpdate();
        em.createNativeQuery("UPDATE catalogue.taxonomy_term SET parent_id = NULL WHERE " + condition).setParameter(1, parameter).executeUpdate();
        em.createNativeQuery("DELETE FROM catalogue.taxonomy_term WHERE " + condition).setParameter(1, parameter).executeUpdate();
    }

    private void writeTerms(UUID taxonomyId, CityTaxonomy.Content content, Set<UUID> own) {
        List<Problem.FieldError> foreign = new ArrayList<>();
        Map<String, UUID> idByCode = new HashMap<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < content.terms().size(); i++) {
            CityTaxonomy.Term t = content.terms().get(i);
            if (t.id() != null && !own.contains(t.id())) {
                foreign.add(new Problem.FieldError("terms[" + i + "].id", "is not a term of this taxonomy; leave the id out for a new term"));
            }
            UUID id = t.id() == null ? UUID.randomUUID() : t.id();
            idByCode.put(t.code(), id);
            if (t.id() != null) {
                kept.add(id);
            }
        }
        if (!foreign.isEmpty()) {
            throw new Problem.Invalid(foreign);
        }
        Set<UUID> removed = new HashSet<>(own);
        removed.removeAll(kept);
        for (UUID r : removed) {
            removeTerms("id = CAST(?1 AS uuid)", r.toString());
        }
        // codes are unique per taxonomy: park the kept terms' codes first so that two terms may swap codes
        em.createNativeQuery("UPDATE catalogue.taxonomy_term SET code = CAST(id AS text), parent_id = NULL WHERE taxonomy_id = CAST(?1 AS uuid)")
                .setParameter(1, taxonomyId.toString()).executeUpdate();
        em.createNativeQuery("DELETE FROM catalogue.translation WHERE entity_type = 'taxonomy_term' AND field = 'name' AND entity_id IN "
                        + "(SELECT id FROM catalogue.taxonomy_term WHERE taxonomy_id = CAST(?1 AS uuid))")
                .setParameter(1, taxonomyId.toString()).executeUpdate();
        ArrayNode rows = JSON.createArrayNode();
        ArrayNode names = JSON.createArrayNode();
        for (CityTaxonomy.Term t : content.terms()) {
            UUID id = idByCode.get(t.code());
            rows.addObject().put("id", id.toString()).put("code", t.code()).put("name", t.name().strip())
                    .put("description", t.description() == null ? "" : t.description().strip())
                    .put("parent_id", t.parentCode() == null || t.parentCode().isBlank() ? null : idByCode.get(t.parentCode()).toString());
            t.names().forEach((language, name) -> names.addObject().put("id", UUID.randomUUID().toString())
                    .put("entity_id", id.toString()).put("language", language).put("text", name.strip()));
        }
        em.createNativeQuery("""
                INSERT INTO catalogue.taxonomy_term (id, code, name, description, parent_id, taxonomy, taxonomy_id, language)
                SELECT r.id, r.code, r.name, r.description, r.parent_id, tx.name, tx.id, tx.language
                FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS r(id uuid, code varchar, name varchar, description text, parent_id uuid)
                JOIN catalogue.taxonomy tx ON tx.id = CAST(?2 AS uuid)
                ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, description = excluded.description,
                    parent_id = excluded.parent_id, taxonomy = excluded.taxonomy, language = excluded.language""")
                .setParameter(1, rows.toString()).setParameter(2, taxonomyId.toString()).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO catalogue.translation (id, entity_type, entity_id, field, language, text, reviewed)
                SELECT id, 'taxonomy_term', entity_id, 'name', language, text, true
                FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS r(id uuid, entity_id uuid, language varchar, text text)""")
                .setParameter(1, names.toString()).executeUpdate();
    }
}
