package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The integration themes as the migration seeded them, with their names from the translations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCatalogue implements Themes {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Theme> all() {
        return themes(em);
    }

    @Override
    public Optional<Theme> byCode(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Read with the given entity manager: the demo loader runs before this bean is asked. */
    @SuppressWarnings("unchecked")
    public static List<Theme> themes(EntityManager em) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT tt.id::text, tt.code, tt.name, t.language, t.text
                FROM catalogue.taxonomy_term tt
                JOIN catalogue.taxonomy tx ON tx.id = tt.taxonomy_id AND tx.name = ?1
                LEFT JOIN catalogue.translation t ON t.entity_type = 'taxonomy_term' AND t.entity_id = tt.id
                     AND t.field = 'name'
                ORDER BY tt.id, t.language""").setParameter(1, TAXONOMY).getResultList();
        Map<String, Object[]> byId = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            byId.putIfAbsent(id, row);
            names.computeIfAbsent(id, k -> new LinkedHashMap<>(Map.of("en", (String) row[2])));
            if (row[3] != null) {
                names.get(id).put((String) row[3], (String) row[4]);
            }
        }
        return byId.entrySet().stream()
                .map(e -> new Theme(UUID.fromString(e.getKey()), (String) e.getValue()[1], names.get(e.getKey())))
                .toList();
    }
}
