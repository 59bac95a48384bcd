-- The needs module owns this schema; its tables arrive with the needs issue.
CREATE SCHEMA IF NOT EXISTS needs;
