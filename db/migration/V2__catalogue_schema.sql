-- The catalogue module owns this schema; its tables arrive with the catalogue issue.
CREATE SCHEMA IF NOT EXISTS catalogue;
