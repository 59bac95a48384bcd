package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ServiceDirectory;
import eu.convivio.catalogue.api.ServiceSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Services by id and by name for other modules, with the name in the reader's language when it was translated. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceDirectoryQueries implements ServiceDirectory {

    private static final String SELECT = """
            SELECT s.id::text, coalesce(t.text, s.name), o.name, s.status
            FROM catalogue.service s
            JOIN catalogue.organization o ON o.id = s.organization_id
            LEFT JOIN catalogue.translation t ON t.entity_type = 'service' AND t.entity_id = s.id
                 AND t.field = 'name' AND t.language = ?1 AND s.language <> ?1
            """;

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    public ServiceDirectoryQueries() {
    }

    /** For persistence tests, which run without a container. */
    ServiceDirectoryQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ServiceSummary> services(Collection<UUID> ids, String language) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        String list = String.join(",", ids.stream().map(UUID::toString).distinct().toList());
        return rows(em.createNativeQuery(SELECT + " WHERE s.id = ANY (CAST(string_to_array(?2, ',') AS uuid[])) ORDER BY 2, 1")
                .setParameter(1, language(language)).setParameter(2, list).getResultList());
    }

    @Override
    public List<ServiceSummary> search(String text, String language, int limit) {
        return searchIn(null, text, language, limit);
    }

    @Override
    public List<ServiceSummary> searchIn(UUID municipalityId, String text, String language, int limit) {
        List<String> words = text == null ? List.of()
                : List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isBlank()).toList();
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" WHERE true");
        if (municipalityId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM catalogue.service_area a WHERE a.service_id = s.id AND a.municipality_id = CAST('")
                    .append(municipalityId).append("' AS uuid))");
        }
        for (int i = 0; i < words.size(); i++) {
            // the name as written or any of its translations
            where.append(" AND (catalogue.fold(s.name) LIKE ?").append(i + 3)
                    .append(" OR EXISTS (SELECT 1 FROM catalogue.translation n WHERE n.entity_type = 'service'")
                    .append(" AND n.entity_id = s.id AND n.field = 'name' AND catalogue.fold(n.text) LIKE ?").append(i + 3).append("))");
        }
        var query = em.createNativeQuery(SELECT + where + " ORDER BY s.status <> 'active', 2, 1 LIMIT ?2")
                .setParameter(1, language(language)).setParameter(2, Math.min(limit, 100));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(i + 3, "%" + escape(words.get(i)) + "%");
        }
        return rows(query.getResultList());
    }

    /** fold() lowercases and strips accents in the database; the pattern is folded the same way here. */
    private static String escape(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? "en" : language;
    }

    @SuppressWarnings("unchecked")
    private static List<ServiceSummary> rows(List<?> result) {
        List<ServiceSummary> out = new ArrayList<>();
        for (Object[] row : (List<Object[]>) result) {
            out.add(new ServiceSummary(UUID.fromString((String) row[0]), (String) row[1], (String) row[2], (String) row[3]));
        }
        return out;
    }
}
