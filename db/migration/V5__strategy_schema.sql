-- The strategy module owns this schema; its tables arrive with the strategy issue.
CREATE SCHEMA IF NOT EXISTS strategy;
