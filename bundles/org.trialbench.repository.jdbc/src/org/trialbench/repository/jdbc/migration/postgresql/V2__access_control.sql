-- Access control enforced by the PostgreSQL server itself, so that even a direct SQL connection with a
-- user's credentials sees only what Trialbench would show: the user's sites (unless trial-wide) and no
-- allocation or arm-revealing record for a blinded user. Every Trialbench user is a login role in the
-- group trialbench_user; the schema owner (who runs migrations and server-init) is not subject to RLS.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trialbench_user') THEN
        CREATE ROLE trialbench_user NOLOGIN;
    END IF;
END
$$;

-- Definer functions read app_user/user_site, which users cannot query directly in full. Inside a definer
-- function current_user is the owner, so the connected user is session_user.
CREATE FUNCTION tb_may_see(row_site VARCHAR, row_reveals BOOLEAN) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE((
        SELECT (row_site IS NULL OR u.trial_wide
                    OR EXISTS (SELECT 1 FROM user_site s WHERE s.username = u.username AND s.site_id = row_site))
               AND (NOT row_reveals OR NOT u.blinded)
          FROM app_user u
         WHERE u.username = session_user AND u.active), FALSE)
$$;

ALTER TABLE clinical_object ENABLE ROW LEVEL SECURITY;
CREATE POLICY clinical_object_visible ON clinical_object
    USING (tb_may_see(site_id, reveals_allocation))
    WITH CHECK (tb_may_see(site_id, reveals_allocation));

ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_visible ON audit_entry
    USING (tb_may_see(site_id, reveals_allocation))
    WITH CHECK (tb_may_see(site_id, reveals_allocation));

ALTER TABLE user_site ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_site_own ON user_site USING (username = current_user);

-- The audit trail cannot be altered, not even by the owner without first dropping this trigger.
CREATE FUNCTION tb_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION tb_audit_append_only();
CREATE TRIGGER commit_log_append_only BEFORE UPDATE OR DELETE ON commit_log
    FOR EACH ROW EXECUTE FUNCTION tb_audit_append_only();

REVOKE ALL ON store_info, app_user, user_site, clinical_object, commit_log, audit_entry, audit_head FROM PUBLIC;
GRANT SELECT ON store_info, user_site, commit_log TO trialbench_user;
GRANT SELECT (username, user_id, blinded, trial_wide, active) ON app_user TO trialbench_user;
GRANT SELECT, INSERT, UPDATE ON clinical_object TO trialbench_user;
GRANT SELECT, INSERT ON audit_entry, commit_log TO trialbench_user;
GRANT SELECT, UPDATE ON audit_head TO trialbench_user;
GRANT EXECUTE ON FUNCTION tb_may_see(VARCHAR, BOOLEAN) TO trialbench_user;
