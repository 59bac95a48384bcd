-- Cities add their own communication cards. A situation belongs to the municipality that added
-- it (its officers and municipal administrators keep it); the situations shipped with Convivio
-- have no municipality and are kept by platform administrators. Every card stays public.
ALTER TABLE catalogue.card_situation
    ADD COLUMN municipality_id uuid REFERENCES platform.municipality (id);
CREATE INDEX card_situation_municipality ON catalogue.card_situation (municipality_id);
