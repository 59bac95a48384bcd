package eu.convivio.catalogue.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The HSDS read side in SQL: PostgreSQL builds each object's JSON (field names exactly as HSDS
 * names them), so a full service with its nested rows is one round trip instead of a dozen entity
 * loads. Every text a reader sees goes through {@code catalogue.translated}, which falls back to
 * the original. Confidential locations are filtered out here, in the only place that reads them
 * for public output.
 */
public class HsdsQueries {

    /** What a service listing may be narrowed to; null members do not narrow. */
    public record ServiceFilter(String search, UUID taxonomyTermId, java.time.OffsetDateTime modifiedAfter) {
    }

    private static final String PHONE = """
            json_build_object('id', p.id, 'location_id', p.location_id, 'service_id', p.service_id,
                'organization_id', p.organization_id, 'contact_id', p.contact_id,
                'service_at_location_id', p.service_at_location_id, 'number', p.number,
                'extension', p.extension, 'type', p.type, 'description', p.description)""";

    private static final String SCHEDULE = """
            json_build_object('id', sc.id, 'service_id', sc.service_id, 'location_id', sc.location_id,
                'service_at_location_id', sc.service_at_location_id, 'valid_from', sc.valid_from,
                'valid_to', sc.valid_to, 'dtstart', sc.dtstart, 'timezone', sc.timezone, 'until', sc.until,
                'count', sc.count, 'wkst', sc.wkst, 'freq', sc.freq, 'interval', sc.interval, 'byday', sc.byday,
                'byweekno', sc.byweekno, 'bymonthday', sc.bymonthday, 'byyearday', sc.byyearday,
                'description', sc.description, 'opens_at', sc.opens_at, 'closes_at', sc.closes_at,
                'schedule_link', sc.schedule_link, 'attending_type', sc.attending_type, 'notes', sc.notes)""";

    private static final String LANGUAGE = """
            json_build_object('id', lg.id, 'service_id', lg.service_id, 'location_id', lg.location_id,
                'phone_id', lg.phone_id, 'name', lg.name, 'code', lg.code, 'note', lg.note)""";

    private static final String TERM = """
            json_build_object('id', tt.id, 'code', tt.code,
                'name', catalogue.translated('taxonomy_term', tt.id, 'name', ?1, tt.name),
                'description', catalogue.translated('taxonomy_term', tt.id, 'description', ?1, tt.description),
                'parent_id', tt.parent_id, 'taxonomy', tt.taxonomy, 'taxonomy_id', tt.taxonomy_id,
                'language', CASE WHEN ?1 <> '' AND EXISTS (SELECT 1 FROM catalogue.translation t
                    WHERE t.entity_type = 'taxonomy_term' AND t.entity_id = tt.id AND t.language = ?1)
                    THEN ?1 ELSE tt.language END,
                'term_uri', tt.term_uri)""";

    private static final String ORGANIZATION_FIELDS = """
                'id', o.id,
                'name', catalogue.translated('organization', o.id, 'name', ?1, o.name),
                'alternate_name', o.alternate_name,
                'description', catalogue.translated('organization', o.id, 'description', ?1, o.description),
                'email', o.email, 'website', o.website, 'tax_id', o.tax_id,
                'year_incorporated', o.year_incorporated, 'legal_status', o.legal_status, 'logo', o.logo,
                'uri', o.uri, 'parent_organization_id', o.parent_organization_id, 'last_modified', o.last_modified""";

    private static final String ORGANIZATION = "json_build_object(" + ORGANIZATION_FIELDS + ")";

    private static final String SERVICE_FIELDS = """
                'id', s.id, 'organization_id', s.organization_id, 'program_id', s.program_id,
                'name', catalogue.translated('service', s.id, 'name', ?1, s.name),
                'alternate_name', catalogue.translated('service', s.id, 'alternate_name', ?1, s.alternate_name),
                'description', catalogue.translated('service', s.id, 'description', ?1, s.description),
                'url', s.url, 'email', s.email, 'status', s.status,
                'interpretation_services', catalogue.translated('service', s.id, 'interpretation_services', ?1, s.interpretation_services),
                'application_process', catalogue.translated('service', s.id, 'application_process', ?1, s.application_process),
                'fees_description', catalogue.translated('service', s.id, 'fees_description', ?1, s.fees_description),
                'eligibility_description', catalogue.translated('service', s.id, 'eligibility_description', ?1, s.eligibility_description),
                'minimum_age', s.minimum_age, 'maximum_age', s.maximum_age, 'assured_date', s.assured_date,
                'assurer_email', s.assurer_email, 'alert', catalogue.translated('service', s.id, 'alert', ?1, s.alert),
                'last_modified', s.last_modified""";

    private static final String LOCATION = """
            json_build_object('id', l.id, 'location_type', l.location_type, 'url', l.url,
                'organization_id', l.organization_id,
                'name', catalogue.translated('location', l.id, 'name', ?1, l.name),
                'alternate_name', l.alternate_name,
                'description', catalogue.translated('location', l.id, 'description', ?1, l.description),
                'transportation', l.transportation, 'latitude', l.latitude, 'longitude', l.longitude,
                'addresses', coalesce((SELECT json_agg(json_build_object('id', a.id, 'location_id', a.location_id,
                        'attention', a.attention, 'address_1', a.address_1, 'address_2', a.address_2, 'city', a.city,
                        'region', a.region, 'state_province', a.state_province, 'postal_code', a.postal_code,
                        'country', a.country, 'address_type', a.address_type) ORDER BY a.id)
                    FROM catalogue.address a WHERE a.location_id = l.id), '[]'),
                'phones', coalesce((SELECT json_agg(%s ORDER BY p.id) FROM catalogue.phone p WHERE p.location_id = l.id), '[]'),
                'schedules', coalesce((SELECT json_agg(%s ORDER BY sc.id) FROM catalogue.schedule sc WHERE sc.location_id = l.id), '[]'),
                'languages', coalesce((SELECT json_agg(%s ORDER BY lg.code) FROM catalogue.language lg WHERE lg.location_id = l.id), '[]'),
                'accessibility', coalesce((SELECT json_agg(json_build_object('id', ac.id, 'location_id', ac.location_id,
                        'description', ac.description, 'details', ac.details, 'url', ac.url) ORDER BY ac.id)
                    FROM catalogue.accessibility ac WHERE ac.location_id = l.id), '[]'),
                'last_modified', l.last_modified)""".formatted(PHONE, SCHEDULE, LANGUAGE);

    // service areas carry Convivio's municipality_id beside HSDS's fields, so that a JSON export re-imports whole
    private static final String SERVICE_FULL = """
            SELECT json_build_object(%s,
                'organization', (SELECT %s FROM catalogue.organization o WHERE o.id = s.organization_id),
                'service_at_locations', coalesce((SELECT json_agg(json_build_object('id', sal.id,
                        'service_id', sal.service_id, 'location_id', sal.location_id, 'description', sal.description,
                        'location', %s,
                        'phones', coalesce((SELECT json_agg(%s ORDER BY p.id) FROM catalogue.phone p
                            WHERE p.service_at_location_id = sal.id), '[]'),
                        'schedules', coalesce((SELECT json_agg(%s ORDER BY sc.id) FROM catalogue.schedule sc
                            WHERE sc.service_at_location_id = sal.id), '[]')) ORDER BY sal.id)
                    FROM catalogue.service_at_location sal
                    JOIN catalogue.location l ON l.id = sal.location_id AND NOT l.confidential
                    WHERE sal.service_id = s.id), '[]'),
                'phones', coalesce((SELECT json_agg(%s ORDER BY p.id) FROM catalogue.phone p WHERE p.service_id = s.id), '[]'),
                'schedules', coalesce((SELECT json_agg(%s ORDER BY sc.id) FROM catalogue.schedule sc WHERE sc.service_id = s.id), '[]'),
                'languages', coalesce((SELECT json_agg(%s ORDER BY lg.code) FROM catalogue.language lg WHERE lg.service_id = s.id), '[]'),
                'service_areas', coalesce((SELECT json_agg(json_build_object('id', sa.id, 'service_id', sa.service_id,
                        'name', sa.name, 'description', sa.description, 'extent', sa.extent,
                        'extent_type', sa.extent_type, 'uri', sa.uri,
                        'municipality_id', sa.municipality_id) ORDER BY sa.name, sa.id)
                    FROM catalogue.service_area sa WHERE sa.service_id = s.id), '[]'),
                'cost_options', coalesce((SELECT json_agg(json_build_object('id', co.id, 'service_id', co.service_id,
                        'valid_from', co.valid_from, 'valid_to', co.valid_to, 'option', co.option,
                        'currency', co.currency, 'amount', co.amount, 'amount_description', co.amount_description)
                        ORDER BY co.id)
                    FROM catalogue.cost_option co WHERE co.service_id = s.id), '[]'),
                'required_documents', coalesce((SELECT json_agg(json_build_object('id', rd.id,
                        'service_id', rd.service_id, 'document', rd.document, 'uri', rd.uri) ORDER BY rd.id)
                    FROM catalogue.required_document rd WHERE rd.service_id = s.id), '[]'),
                'attributes', coalesce((SELECT json_agg(json_build_object('id', at.id, 'link_id', at.link_id,
                        'link_type', at.link_type, 'link_entity', at.link_entity,
                        'taxonomy_term_id', at.taxonomy_term_id, 'value', at.value, 'label', at.label,
                        'taxonomy_term', %s) ORDER BY tt.code, at.id)
                    FROM catalogue.attribute at JOIN catalogue.taxonomy_term tt ON tt.id = at.taxonomy_term_id
                    WHERE at.link_entity = 'service' AND at.link_id = s.id), '[]'))::text
            FROM catalogue.service s WHERE s.id = CAST(?2 AS uuid)""".formatted(SERVICE_FIELDS, ORGANIZATION, LOCATION,
            PHONE, SCHEDULE, PHONE, SCHEDULE, LANGUAGE, TERM);

    private static final String SERVICE_BRIEF = """
            json_build_object(%s,
                'organization', (SELECT json_build_object('id', o.id,
                        'name', catalogue.translated('organization', o.id, 'name', ?1, o.name))
                    FROM catalogue.organization o WHERE o.id = s.organization_id))::text""".formatted(SERVICE_FIELDS);

    private static final String ORGANIZATION_FULL = """
            SELECT json_build_object(%s,
                'services', coalesce((SELECT json_agg(json_build_object(%s) ORDER BY s.id)
                    FROM catalogue.service s WHERE s.organization_id = o.id), '[]'))::text
            FROM catalogue.organization o WHERE o.id = CAST(?2 AS uuid)""".formatted(ORGANIZATION_FIELDS, SERVICE_FIELDS);

    /** A service at a public location; the join leaves out confidential ones. */
    private static final String SERVICE_AT_LOCATION = """
            json_build_object('id', sal.id, 'service_id', sal.service_id, 'location_id', sal.location_id,
                'description', sal.description,%s
                'location', %s,
                'phones', coalesce((SELECT json_agg(%s ORDER BY p.id) FROM catalogue.phone p
                    WHERE p.service_at_location_id = sal.id), '[]'),
                'schedules', coalesce((SELECT json_agg(%s ORDER BY sc.id) FROM catalogue.schedule sc
                    WHERE sc.service_at_location_id = sal.id), '[]'))::text
            FROM catalogue.service_at_location sal
            JOIN catalogue.location l ON l.id = sal.location_id AND NOT l.confidential""";

    private static final String SERVICE_AT_LOCATION_LIST = SERVICE_AT_LOCATION.formatted("", LOCATION, PHONE, SCHEDULE);

    private static final String SERVICE_AT_LOCATION_FULL = SERVICE_AT_LOCATION.formatted("""

                'service', (SELECT json_build_object(%s) FROM catalogue.service s WHERE s.id = sal.service_id),"""
            .formatted(SERVICE_FIELDS), LOCATION, PHONE, SCHEDULE);

    /**
     * Every service in its nested "full" shape, in the original language, ordered by id, plus
     * Convivio's extensions the HSDS shape has no place for (translations of the service, its
     * organization and its public locations; eligibility; contacts; funding), so that a JSON
     * export can be imported again without loss. One text column per row.
     */
    public static String allServicesFull() {
        String full = SERVICE_FULL.replace("?1", "''").replace("FROM catalogue.service s WHERE s.id = CAST(?2 AS uuid)", "");
        return full.substring(0, full.lastIndexOf("::text")) + """
                ::text AS hsds, s.language,
                    coalesce((SELECT json_agg(json_build_object('id', t.id, 'entity_type', t.entity_type,
                            'entity_id', t.entity_id, 'field', t.field, 'language', t.language, 'text', t.text,
                            'reviewed', t.reviewed) ORDER BY t.id)
                        FROM catalogue.translation t
                        WHERE (t.entity_type = 'service' AND t.entity_id = s.id)
                           OR (t.entity_type = 'organization' AND t.entity_id = s.organization_id)
                           OR (t.entity_type = 'location' AND t.entity_id IN (SELECT sal.location_id
                                FROM catalogue.service_at_location sal JOIN catalogue.location l ON l.id = sal.location_id
                                WHERE sal.service_id = s.id AND NOT l.confidential))), '[]')::text AS translations,
                    coalesce((SELECT json_agg(json_build_object('id', e.id, 'service_id', e.service_id,
                            'residence_status', e.residence_status, 'gender', e.gender) ORDER BY e.id)
                        FROM catalogue.service_eligibility e WHERE e.service_id = s.id), '[]')::text AS eligibility,
                    coalesce((SELECT json_agg(json_build_object('id', c.id, 'organization_id', c.organization_id,
                            'service_id', c.service_id, 'service_at_location_id', c.service_at_location_id,
                            'location_id', c.location_id, 'name', c.name, 'title', c.title,
                            'department', c.department, 'email', c.email) ORDER BY c.id)
                        FROM catalogue.contact c WHERE c.service_id = s.id), '[]')::text AS contacts,
                    coalesce((SELECT json_agg(json_build_object('id', f.id, 'organization_id', f.organization_id,
                            'service_id', f.service_id, 'source', f.source) ORDER BY f.id)
                        FROM catalogue.funding f WHERE f.service_id = s.id), '[]')::text AS funding
                FROM catalogue.service s ORDER BY s.id""";
    }

    private final EntityManager em;

    public HsdsQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Services matching the filter, ordered by id: a stable order, so that a client paging
     * through the whole list sees every service exactly once while nothing changes.
     */
    public List<String> services(ServiceFilter filter, String language, int offset, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(language(language)));
        String where = serviceWhere(filter, parameters);
        return strings(query("SELECT " + SERVICE_BRIEF + " FROM catalogue.service s" + where
                + " ORDER BY s.id LIMIT " + limit + " OFFSET " + offset, parameters));
    }

    public long countServices(ServiceFilter filter) {
        List<Object> parameters = new ArrayList<>(List.of(""));
        String where = serviceWhere(filter, parameters);
        return count("SELECT count(*) FROM catalogue.service s" + where, parameters);
    }

    /** The nested "full" service, without its confidential locations. */
    public Optional<String> service(UUID id, String language) {
        return first(query(SERVICE_FULL, List.of(language(language), id.toString())));
    }

    public List<String> organizations(String language, int offset, int limit) {
        return strings(query("SELECT " + ORGANIZATION + "::text FROM catalogue.organization o ORDER BY o.id LIMIT "
                + limit + " OFFSET " + offset, List.of(language(language))));
    }

    public long countOrganizations() {
        return count("SELECT count(*) FROM catalogue.organization", List.of());
    }

    /** An organisation with its services, as HSDS's full organization shape lists them. */
    public Optional<String> organization(UUID id, String language) {
        return first(query(ORGANIZATION_FULL, List.of(language(language), id.toString())));
    }

    /** Public locations only: a confidential one is neither listed nor counted. */
    public List<String> locations(String language, int offset, int limit) {
        return strings(query("SELECT " + LOCATION + "::text FROM catalogue.location l WHERE NOT l.confidential"
                + " ORDER BY l.id LIMIT " + limit + " OFFSET " + offset, List.of(language(language))));
    }

    public long countLocations() {
        return count("SELECT count(*) FROM catalogue.location l WHERE NOT l.confidential", List.of());
    }

    /** A confidential location is as absent as one that does not exist. */
    public Optional<String> location(UUID id, String language) {
        return first(query("SELECT " + LOCATION + "::text FROM catalogue.location l WHERE NOT l.confidential"
                + " AND l.id = CAST(?2 AS uuid)", List.of(language(language), id.toString())));
    }

    public List<String> servicesAtLocations(String language, int offset, int limit) {
        return strings(query("SELECT " + SERVICE_AT_LOCATION_LIST + " ORDER BY sal.id LIMIT " + limit + " OFFSET " + offset,
                List.of(language(language))));
    }

    public long countServicesAtLocations() {
        return count("SELECT count(*) FROM catalogue.service_at_location sal"
                + " JOIN catalogue.location l ON l.id = sal.location_id AND NOT l.confidential", List.of());
    }

    /** With its service and location, as HSDS's full service_at_location shape has them. */
    public Optional<String> serviceAtLocation(UUID id, String language) {
        return first(query("SELECT " + SERVICE_AT_LOCATION_FULL + " WHERE sal.id = CAST(?2 AS uuid)",
                List.of(language(language), id.toString())));
    }

    public List<String> taxonomies(int offset, int limit) {
        return strings(query("""
                SELECT json_build_object('id', tx.id, 'name', tx.name, 'description', tx.description,
                    'uri', tx.uri, 'version', tx.version)::text
                FROM catalogue.taxonomy tx ORDER BY tx.name, tx.id LIMIT %d OFFSET %d""".formatted(limit, offset), List.of()));
    }

    public long countTaxonomies() {
        return count("SELECT count(*) FROM catalogue.taxonomy", List.of());
    }

    public List<String> taxonomyTerms(UUID taxonomyId, String language, int offset, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(language(language)));
        String where = termWhere(taxonomyId, parameters);
        return strings(query("SELECT " + TERM + "::text FROM catalogue.taxonomy_term tt" + where
                + " ORDER BY tt.taxonomy_id, tt.code, tt.id LIMIT " + limit + " OFFSET " + offset, parameters));
    }

    public long countTaxonomyTerms(UUID taxonomyId) {
        List<Object> parameters = new ArrayList<>();
        parameters.add("");
        return count("SELECT count(*) FROM catalogue.taxonomy_term tt" + termWhere(taxonomyId, parameters), parameters);
    }

    private static String termWhere(UUID taxonomyId, List<Object> parameters) {
        if (taxonomyId == null) {
            return "";
        }
        parameters.add(taxonomyId.toString());
        return " WHERE tt.taxonomy_id = CAST(?" + parameters.size() + " AS uuid)";
    }

    /** Appends the filter's parameters after the ones already there and returns the WHERE clause. */
    private static String serviceWhere(ServiceFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null) {
            parameters.add(filter.search());
            String query = "websearch_to_tsquery('simple', catalogue.fold(?" + parameters.size() + "))";
            // a reader may search in any language the service has a name or description in
            conditions.add("(s.search_vector @@ " + query + " OR EXISTS (SELECT 1 FROM catalogue.translation t"
                    + " WHERE t.entity_type = 'service' AND t.entity_id = s.id AND t.search_vector @@ " + query + "))");
        }
        if (filter.taxonomyTermId() != null) {
            parameters.add(filter.taxonomyTermId().toString());
            conditions.add("EXISTS (SELECT 1 FROM catalogue.attribute a WHERE a.link_entity = 'service'"
                    + " AND a.link_id = s.id AND a.taxonomy_term_id = CAST(?" + parameters.size() + " AS uuid))");
        }
        if (filter.modifiedAfter() != null) {
            parameters.add(filter.modifiedAfter().toString());
            conditions.add("s.last_modified > CAST(?" + parameters.size() + " AS timestamptz)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** No translation is looked up for the empty tag: every field keeps its original text. */
    private static String language(String language) {
        return language == null ? "" : language;
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private long count(String sql, List<Object> parameters) {
        return ((Number) query(sql, parameters).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Query query) {
        return ((List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
    }

    private static Optional<String> first(Query query) {
        return strings(query).stream().findFirst();
    }
}
