-- Cities add taxonomies of their own (their districts, their programmes, their own categories of
-- services) beside the shared integration themes. A taxonomy with a municipality is that city's:
-- its officers and municipal administrators keep it; without one it is shared (the themes, or a
-- taxonomy that came with an HSDS import) and kept by platform administrators. Terms of a city's
-- taxonomy describe services through catalogue.attribute like any HSDS taxonomy term, and are
-- published in the HSDS API with the rest.
ALTER TABLE catalogue.taxonomy
    ADD COLUMN municipality_id uuid REFERENCES platform.municipality (id),
    ADD COLUMN language        varchar(35) NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    ADD COLUMN lock_version    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN last_modified   timestamptz NOT NULL DEFAULT now();
CREATE INDEX taxonomy_municipality ON catalogue.taxonomy (municipality_id);
