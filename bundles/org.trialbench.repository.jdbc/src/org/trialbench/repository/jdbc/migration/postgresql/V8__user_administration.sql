-- User administration (schema 8). Administrators are ordinary logins without rights on app_user, user_site
-- or roles; a commit that changes a user calls tb_set_user_access, which runs as the schema owner, checks that
-- the caller is an active Trialbench administrator, and updates what the server enforces: the access tables
-- (read by row-level security) and the login role itself (LOGIN or NOLOGIN, membership in trialbench_user).
ALTER TABLE app_user ADD COLUMN administrator BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE app_user SET administrator = TRUE WHERE user_id IN (
    SELECT id FROM clinical_object
     WHERE object_type = 'User' AND deleted = FALSE
       AND state ~ '(^|\n)roles=[^\n]*administrator');

GRANT SELECT (administrator) ON app_user TO trialbench_user;

CREATE FUNCTION tb_require_administrator() RETURNS VOID
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE username = session_user AND active AND administrator) THEN
        RAISE EXCEPTION 'only an active Trialbench administrator may change users; % is not one', session_user
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- A name may only be given to a new role or to one that is already a Trialbench login: never the owner's
-- or another application's role.
CREATE FUNCTION tb_trialbench_role(p_username VARCHAR) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_username);
        EXECUTE format('GRANT trialbench_user TO %I', p_username);
        RETURN TRUE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                     JOIN pg_roles r ON r.oid = m.member
                    WHERE g.rolname = 'trialbench_user' AND r.rolname = p_username) THEN
        RAISE EXCEPTION 'the database role % exists and is not a Trialbench login; choose another user name',
            p_username USING ERRCODE = '42501';
    END IF;
    RETURN FALSE;
END
$$;

CREATE FUNCTION tb_set_user_access(p_username VARCHAR, p_user_id VARCHAR, p_blinded BOOLEAN,
        p_trial_wide BOOLEAN, p_administrator BOOLEAN, p_active BOOLEAN, p_sites VARCHAR[],
        p_independent_reviewer BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM tb_require_administrator();
    PERFORM tb_trialbench_role(p_username);
    INSERT INTO app_user (username, user_id, password_hash, blinded, trial_wide, active, administrator,
            independent_reviewer)
        VALUES (p_username, p_user_id, NULL, p_blinded, p_trial_wide, p_active, p_administrator,
            p_independent_reviewer)
        ON CONFLICT (username) DO UPDATE SET blinded = EXCLUDED.blinded, trial_wide = EXCLUDED.trial_wide,
            active = EXCLUDED.active, administrator = EXCLUDED.administrator,
            independent_reviewer = EXCLUDED.independent_reviewer;
    DELETE FROM user_site WHERE username = p_username;
    INSERT INTO user_site (username, site_id) SELECT p_username, s FROM unnest(p_sites) AS s;
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

-- Only a SCRAM verifier is accepted, computed by the client, so that no password reaches the server in clear
-- (nor its statement log). A user may change the own password; an administrator anyone's.
CREATE FUNCTION tb_set_password(p_username VARCHAR, p_verifier VARCHAR) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF p_username <> session_user THEN
        PERFORM tb_require_administrator();
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must be sent as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE username = p_username) THEN
        RAISE EXCEPTION 'there is no Trialbench user %', p_username USING ERRCODE = '42704';
    END IF;
    PERFORM tb_trialbench_role(p_username);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
END
$$;

REVOKE ALL ON FUNCTION tb_require_administrator(), tb_trialbench_role(VARCHAR),
    tb_set_user_access(VARCHAR, VARCHAR, BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, VARCHAR[], BOOLEAN),
    tb_set_password(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_set_user_access(VARCHAR, VARCHAR, BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, VARCHAR[], BOOLEAN),
    tb_set_password(VARCHAR, VARCHAR) TO trialbench_user;
