-- The good-practice library: what a city did about an integration problem, written by its
-- officers so that other cities can learn from it. A practice belongs to one municipality
-- (platform.municipality, referred to by id only); drafts are seen by that municipality's
-- members only, published practices by everyone.

CREATE TABLE catalogue.practice (
    id               uuid PRIMARY KEY,
    municipality_id  uuid         NOT NULL,
    status           varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    language         varchar(35)  NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    title            varchar(300) NOT NULL CHECK (btrim(title) <> ''),
    summary          varchar(1000) NOT NULL CHECK (btrim(summary) <> ''),
    problem          text         NOT NULL CHECK (btrim(problem) <> ''),
    approach         text         NOT NULL CHECK (btrim(approach) <> ''),
    results          text,
    city             varchar(200) NOT NULL CHECK (btrim(city) <> ''),
    country          char(2)      NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    source_programme varchar(200),
    transferability  text,
    contacts         text,
    published_at     timestamptz,
    last_modified    timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    -- a published practice says since when; a draft has no such date
    CONSTRAINT practice_published_at CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    -- accents folded (Kosice finds Košice), 'simple' because practices come in any language;
    -- the title weighs most, then the summary, then the body
    search_vector    tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', catalogue.fold(title)), 'A')
        || setweight(to_tsvector('simple', catalogue.fold(summary || ' ' || city || ' ' || coalesce(source_programme, ''))), 'B')
        || setweight(to_tsvector('simple', catalogue.fold(problem || ' ' || approach || ' ' || coalesce(results, '')
                                                          || ' ' || coalesce(transferability, ''))), 'C')) STORED
);
CREATE INDEX practice_search ON catalogue.practice USING gin (search_vector);
CREATE INDEX practice_country ON catalogue.practice (country, status);
CREATE INDEX practice_municipality ON catalogue.practice (municipality_id);

-- Themes are codes of the shared convivio-themes taxonomy; the foreign key onto the taxonomy's
-- (taxonomy_id, code) keeps unknown codes out.
CREATE TABLE catalogue.practice_theme (
    practice_id uuid         NOT NULL REFERENCES catalogue.practice (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    theme       varchar(100) NOT NULL,
    taxonomy_id uuid         NOT NULL DEFAULT 'e7a1c2d4-0000-4000-8000-000000000000'
                             CHECK (taxonomy_id = 'e7a1c2d4-0000-4000-8000-000000000000'),
    PRIMARY KEY (practice_id, theme),
    FOREIGN KEY (taxonomy_id, theme) REFERENCES catalogue.taxonomy_term (taxonomy_id, code)
);
CREATE INDEX practice_theme_theme ON catalogue.practice_theme (theme);

-- Web pages about the practice (project site, evaluation report), in the order the editor gave.
CREATE TABLE catalogue.practice_link (
    practice_id uuid          NOT NULL REFERENCES catalogue.practice (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    integer       NOT NULL CHECK (position >= 0),
    url         varchar(2000) NOT NULL CHECK (url ~ '^https?://[^\s]+$'),
    PRIMARY KEY (practice_id, position)
);
