-- Emergency communication cards: for a situation (a health problem, a theft, a visit to an
-- office) short phrases that a newcomer and a helper can point at when they share no language.
-- Questions come with answers to point at. Every text is kept per language (BCP 47) and marked
-- reviewed once someone who knows the language has checked it; until then it is shown as unreviewed.

CREATE TABLE catalogue.card_situation (
    code          varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    position      integer     NOT NULL UNIQUE CHECK (position >= 0),
    -- emergencies come first in the generator; everyday situations (an office visit) after them
    emergency     boolean     NOT NULL,
    last_modified timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);

CREATE TABLE catalogue.card_phrase (
    id        uuid PRIMARY KEY,
    situation varchar(40) NOT NULL REFERENCES catalogue.card_situation (code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position  integer     NOT NULL CHECK (position >= 0),
    -- 'say': the newcomer says it; 'ask': a question, followed by its answers; 'answer': one
    -- answer to point at, belonging to the question in question_id
    kind        varchar(10) NOT NULL CHECK (kind IN ('say', 'ask', 'answer')),
    question_id uuid REFERENCES catalogue.card_phrase (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT card_phrase_answer_has_question CHECK ((kind = 'answer') = (question_id IS NOT NULL)),
    CONSTRAINT card_phrase_position_unique UNIQUE (situation, position)
);
CREATE INDEX card_phrase_question ON catalogue.card_phrase (question_id);

CREATE TABLE catalogue.card_text (
    id          uuid PRIMARY KEY,
    -- either a situation's title or a phrase
    situation   varchar(40) REFERENCES catalogue.card_situation (code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    phrase_id   uuid        REFERENCES catalogue.card_phrase (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    language    varchar(35) NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    text        varchar(500) NOT NULL CHECK (btrim(text) <> ''),
    reviewed    boolean     NOT NULL DEFAULT false,
    CONSTRAINT card_text_one_owner CHECK (num_nonnulls(situation, phrase_id) = 1)
);
CREATE UNIQUE INDEX card_text_situation_language ON catalogue.card_text (situation, language) WHERE situation IS NOT NULL;
CREATE UNIQUE INDEX card_text_phrase_language ON catalogue.card_text (phrase_id, language) WHERE phrase_id IS NOT NULL;
