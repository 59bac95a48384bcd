-- The training module owns this schema; its tables arrive with the training issue.
CREATE SCHEMA IF NOT EXISTS training;
