-- The query a portal search matches the search rows' documents with (V9): the reader's words folded
-- (lower case, no accents) and parsed with the reader's language's configuration, English, Greek and
-- no stemming, OR-ed together. Until now SearchQueries wrote the four parses out in every statement;
-- for most languages and words several of them are the same (Bulgarian or Slovak words parse alike
-- in all four), and each copy costs another pass over the GIN index and another term in ts_rank.
-- This function keeps each distinct parse once, in the same order, so the rows it matches are the
-- same as before. Immutable: with the words bound, PostgreSQL computes it once while planning.
CREATE FUNCTION catalogue.search_query(p_language text, p_text text) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
DECLARE
    folded text := catalogue.fold(p_text);
    parses tsquery[] := ARRAY[websearch_to_tsquery(catalogue.search_configuration(p_language), folded),
                              websearch_to_tsquery('english', folded),
                              websearch_to_tsquery('greek', folded),
                              websearch_to_tsquery('simple', folded)];
    seen text[] := '{}';
    parse tsquery;
    result tsquery;
BEGIN
    FOREACH parse IN ARRAY parses LOOP
        IF NOT parse::text = ANY (seen) THEN
            seen := seen || parse::text;
            result := CASE WHEN result IS NULL THEN parse ELSE result || parse END;
        END IF;
    END LOOP;
    RETURN result;
END $$;
