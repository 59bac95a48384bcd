-- A number that grows whenever search rows are rebuilt, so that an instance may keep whole search
-- answers and know, with one cheap read, whether the catalogue has changed since (ServiceSearch).
--
-- A sequence rather than a counter row: every rebuild, in any transaction on any instance, takes
-- the next value without waiting for another (a row would serialise every catalogue edit's commit).
-- A sequence is not transactional, so a reader may see the new number just before the change
-- commits and keep an answer computed from the data before it under the new number; answers are
-- therefore also kept for at most 30 seconds (see ServiceSearch.RESULTS_TTL).
CREATE SEQUENCE catalogue.search_generation;

ALTER FUNCTION catalogue.refresh_service_search(uuid[]) RENAME TO rebuild_service_search_rows;

-- Rebuilds the search rows of the given services (V9) and moves the generation on.
CREATE FUNCTION catalogue.refresh_service_search(p_services uuid[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM catalogue.rebuild_service_search_rows(p_services);
    PERFORM nextval('catalogue.search_generation');
END $$;
