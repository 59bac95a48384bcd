-- The audit log is append-only: TRUNCATE, which row triggers do not see, is refused as well.
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON platform.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_entry_immutable();
