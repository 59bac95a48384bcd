-- Needs analysis: the column mappings of survey imports, and the index the gap analysis needs
-- in the catalogue.

-- How an assessment's survey exports are read (ColumnMapping as JSON: shape, field → column,
-- value labels → codes), saved so that the next export of the same survey imports at once.
CREATE TABLE needs.import_mapping (
    assessment_id uuid        PRIMARY KEY REFERENCES needs.assessment (id) ON DELETE CASCADE,
    mapping       jsonb       NOT NULL CHECK (jsonb_typeof(mapping) = 'object'
                                              AND mapping ->> 'shape' IN ('need-per-row', 'response-per-row')
                                              AND jsonb_typeof(mapping -> 'columns') = 'object'),
    last_modified timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);

-- Gap analysis (catalogue.api ServiceCoverage): a need's candidate services are those of its
-- theme in its municipality. The separate GIN indexes of V9 on municipalities and themes would
-- be intersected for each pair, reading a whole theme's rows (about 15,000 of 100,000 services)
-- each time; this expression index finds a pair's few dozen services directly. It lives in the
-- catalogue schema because it indexes the catalogue's search rows; only the gap analysis uses it.
-- PL/pgSQL rather than SQL: a bitmap heap scan rechecks every row it fetches with this function,
-- and the loop costs a third of an unnest/array_agg query (8 µs against 28 µs per row, measured).
CREATE FUNCTION catalogue.area_themes(p_municipalities uuid[], p_themes text[]) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
DECLARE
    pairs text[] := '{}';
    m uuid;
    t text;
BEGIN
    FOREACH m IN ARRAY p_municipalities LOOP
        FOREACH t IN ARRAY p_themes LOOP
            pairs := pairs || (m::text || ' ' || t);
        END LOOP;
    END LOOP;
    RETURN pairs;
END $$;
CREATE INDEX searchable_service_area_themes ON catalogue.searchable_service
    USING gin (catalogue.area_themes(municipalities, themes)) WHERE original;
