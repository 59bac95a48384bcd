package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Practice;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Searching the good-practice library in SQL: PostgreSQL full-text search over the accent-folded
 * text, narrowed by theme and country, and only over what the reader may see (published
 * practices, and the drafts of the municipalities the reader belongs to).
 */
public class PracticeQueries {

    /** What a search may be narrowed to; null members do not narrow. */
    public record PracticeFilter(String text, String theme, String country) {
    }

    /** Who is reading: the municipalities whose drafts they may see, or everything (platform administrators). */
    public record Reader(Set<UUID> memberOf, boolean seesAll) {

        public static final Reader PUBLIC = new Reader(Set.of(), false);
    }

    /** The most a search returns: the library is meant to be browsed, not exported. */
    public static final int LIMIT = 200;

    private final EntityManager em;

    public PracticeQueries(EntityManager em) {
        this.em = em;
    }

    /** Matching practices, best match first (by title when there is no text to rank by). */
    public List<Practice> search(PracticeFilter filter, Reader reader) {
        StringBuilder sql = new StringBuilder("SELECT p.id FROM catalogue.practice p WHERE TRUE");
        List<Object> parameters = new ArrayList<>();
        if (!reader.seesAll()) {
            if (reader.memberOf().isEmpty()) {
                sql.append(" AND p.status = 'PUBLISHED'");
            } else {
                parameters.add(reader.memberOf().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
                sql.append(" AND (p.status = 'PUBLISHED' OR p.municipality_id = ANY (CAST(?").append(parameters.size())
                        .append(" AS uuid[])))");
            }
        }
        if (filter.country() != null) {
            parameters.add(filter.country());
            sql.append(" AND p.country = ?").append(parameters.size());
        }
        if (filter.theme() != null) {
            parameters.add(filter.theme());
            sql.append(" AND EXISTS (SELECT 1 FROM catalogue.practice_theme t WHERE t.practice_id = p.id AND t.theme = ?")
                    .append(parameters.size()).append(")");
        }
        if (filter.text() != null) {
            parameters.add(filter.text());
            int n = parameters.size();
            sql.append(" AND p.search_vector @@ websearch_to_tsquery('simple', catalogue.fold(?").append(n).append("))")
                    .append(" ORDER BY ts_rank(p.search_vector, websearch_to_tsquery('simple', catalogue.fold(?")
                    .append(n).append("))) DESC, p.title, p.id");
        } else {
            sql.append(" ORDER BY p.title, p.id");
        }
        sql.append(" LIMIT ").append(LIMIT);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<UUID> ids = ((List<?>) query.getResultList()).stream()
                .map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).toList();
        return load(ids);
    }

    /** The countries that have practices the reader may see, for the search form. */
    public List<String> countries(Reader reader) {
        return search(new PracticeFilter(null, null, null), reader).stream().map(Practice::getCountry)
                .distinct().sorted().toList();
    }

    private List<Practice> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> order = new HashMap<>();
        int i = 0;
        for (UUID id : ids) {
            order.put(id, i++);
        }
        return em.createQuery("SELECT p FROM Practice p WHERE p.id IN :ids", Practice.class)
                .setParameter("ids", ids).getResultList().stream()
                .sorted(Comparator.comparing(p -> order.get(p.getId()))).toList();
    }
}
