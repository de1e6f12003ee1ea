-- Schema 12 (server): the database is the security boundary. A trial user's own SQL connection can read what
-- row-level security shows it and write nothing by plain DML: every clinical row, audit entry, commit-log row,
-- the chain's head, a lock, a review seal and an access row is written by SECURITY DEFINER functions, which
-- check the write policy (WritePolicy in Java says the same), derive every column that classifies data (subject,
-- site, reveals_allocation, review seal) instead of trusting the client, and write the audit entries with their
-- hashes, user names and times themselves.
--
-- Roles:
--   trialbench_user          every Trialbench login (NOLOGIN group): SELECT under row-level security, EXECUTE on
--                            the functions below, nothing else; no TEMP and no CREATE anywhere.
--   trialbench_definer       NOLOGIN: owns the data functions (commit, lock, randomization, signing) and holds
--                            only the table rights they need.
--   trialbench_roles         NOLOGIN, CREATEROLE: owns only the functions that create login roles, set their
--                            passwords and memberships, each validating its arguments.
--   the store owner          (the login that runs server-init) owns the tables and is a member of both definer
--                            roles so that it can hand the functions to them; it needs CREATEROLE (and, to make
--                            a database, CREATEDB or a superuser who makes it).
-- Every SECURITY DEFINER function pins search_path = pg_catalog, public, pg_temp: a temporary or other object of a
-- caller can never shadow the tables it reads (and callers cannot make temporary objects at all).

ALTER TABLE data_lock ADD COLUMN audit_sequence BIGINT;
ALTER TABLE data_lock ADD COLUMN audit_hash VARCHAR(64);

-- ----------------------------------------------------------------------------------------------- roles, rights
DO $$
DECLARE
    modern BOOLEAN := current_setting('server_version_num')::INT >= 160000;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trialbench_definer') THEN
        CREATE ROLE trialbench_definer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trialbench_roles') THEN
        CREATE ROLE trialbench_roles NOLOGIN CREATEROLE;
    END IF;
    IF NOT pg_has_role(current_user, 'trialbench_definer', 'USAGE') THEN
        IF modern THEN
            EXECUTE 'GRANT trialbench_definer TO CURRENT_USER WITH INHERIT TRUE, SET TRUE';
        ELSE
            EXECUTE 'GRANT trialbench_definer TO CURRENT_USER';
        END IF;
    END IF;
    IF NOT pg_has_role(current_user, 'trialbench_roles', 'USAGE') THEN
        IF modern THEN
            EXECUTE 'GRANT trialbench_roles TO CURRENT_USER WITH INHERIT TRUE, SET TRUE';
        ELSE
            EXECUTE 'GRANT trialbench_roles TO CURRENT_USER';
        END IF;
    END IF;
    IF modern THEN
        -- from PostgreSQL 16 on, a CREATEROLE role grants only memberships it administers
        EXECUTE 'GRANT trialbench_user, trialbench_statistician TO trialbench_roles WITH ADMIN TRUE, INHERIT FALSE, SET FALSE';
    END IF;
    -- nobody but Trialbench logins connects; nobody makes temporary tables or schemas here
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO trialbench_user', current_database());
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO trialbench_user, trialbench_definer, trialbench_roles;
-- PostgreSQL requires the owner of a function to be able to create in its schema
GRANT CREATE ON SCHEMA public TO trialbench_definer, trialbench_roles;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- What trial users may still do directly: read, under row-level security.
REVOKE ALL ON store_info, app_user, user_site, clinical_object, commit_log, audit_entry, audit_head, data_lock,
    locked_object, security_log FROM trialbench_user;
GRANT SELECT ON store_info, user_site, clinical_object, audit_entry, audit_head, data_lock, locked_object
    TO trialbench_user;
GRANT SELECT (username, user_id, blinded, trial_wide, active, may_lock, unblinded_by_lock, independent_reviewer,
    administrator) ON app_user TO trialbench_user;
-- the commit log names subjects of every site: it is read through tb_commits_after

-- What the definer functions need, and the row-level security policies that let them see every row.
GRANT SELECT, INSERT, UPDATE ON clinical_object, audit_head, app_user, security_log TO trialbench_definer;
GRANT SELECT, INSERT ON audit_entry, commit_log, data_lock, locked_object TO trialbench_definer;
GRANT SELECT ON store_info, user_site TO trialbench_definer;
GRANT SELECT, UPDATE ON randomization_slot TO trialbench_definer;
GRANT SELECT ON randomization_list TO trialbench_definer;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO trialbench_definer;
GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, user_site TO trialbench_roles;
GRANT SELECT ON clinical_object TO trialbench_roles;

-- The users' policies apply to Trialbench logins only (every one is a member of trialbench_user); the definer
-- roles have a policy of their own and do not work the users' policies out for every row they touch.
ALTER POLICY clinical_object_visible ON clinical_object TO trialbench_user;
ALTER POLICY audit_entry_visible ON audit_entry TO trialbench_user;
ALTER POLICY locked_object_visible ON locked_object TO trialbench_user;
ALTER POLICY user_site_own ON user_site TO trialbench_user;
CREATE POLICY clinical_object_definer ON clinical_object TO trialbench_definer, trialbench_roles
    USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY audit_entry_definer ON audit_entry TO trialbench_definer USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY locked_object_definer ON locked_object TO trialbench_definer USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY user_site_definer ON user_site TO trialbench_definer, trialbench_roles USING (TRUE) WITH CHECK (TRUE);

-- The statistician stores the concealed list once, with every slot free; only randomization takes a slot.
CREATE FUNCTION tb_new_slot_only() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.subject_id IS NOT NULL OR NEW.used_by IS NOT NULL OR NEW.used_at IS NOT NULL THEN
        RAISE EXCEPTION 'a randomization slot is stored free; only randomization takes it' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER randomization_slot_new_only BEFORE INSERT ON randomization_slot
    FOR EACH ROW EXECUTE FUNCTION tb_new_slot_only();

-- ------------------------------------------------------------------------------------ the protocol's blinding
-- Which protocol elements reveal the allocation: arms (OID and code), arm-specific forms, allocation-revealing
-- items. Written by the owner from the stored protocol (server-init, trial load); read by the commit functions.
CREATE TABLE protocol_element (
    oid                VARCHAR(200) PRIMARY KEY,
    kind               VARCHAR(20)  NOT NULL,
    code               VARCHAR(100),
    reveals_allocation BOOLEAN      NOT NULL
);
REVOKE ALL ON protocol_element FROM PUBLIC;
GRANT SELECT ON protocol_element TO trialbench_definer;

-- Who holds which roles (literals of the model's Role), derived from the User rows by the store.
ALTER TABLE app_user ADD COLUMN roles VARCHAR[] DEFAULT '{}' NOT NULL;
UPDATE app_user a SET roles = string_to_array(substring(o.state FROM '(?n)^roles=(.*)$'), ', ')
  FROM clinical_object o
 WHERE o.object_type = 'User' AND o.id = a.user_id AND o.state ~ '(?n)^roles=';

-- The commit open in a transaction: set by tb_commit_begin, closed by tb_commit_finish (the head is locked between).
ALTER TABLE audit_head ADD COLUMN open_txid BIGINT;
ALTER TABLE audit_head ADD COLUMN open_user VARCHAR(100);
ALTER TABLE audit_head ADD COLUMN open_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_head ADD COLUMN open_reason VARCHAR;
ALTER TABLE audit_head ADD COLUMN open_reason_given BOOLEAN;
ALTER TABLE audit_head ADD COLUMN open_import BOOLEAN;
ALTER TABLE audit_head ADD COLUMN open_changed INT;
ALTER TABLE audit_head ADD COLUMN open_subjects VARCHAR[];

-- A transaction that opened a commit cannot end without finishing it (checked at COMMIT).
CREATE FUNCTION tb_require_finished_commit() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_head WHERE id = 1 AND open_txid IS NOT NULL) THEN
        RAISE EXCEPTION 'a commit was opened and not finished (tb_commit_finish); nothing of it is kept'
            USING ERRCODE = '25000';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_head_commit_finished AFTER UPDATE ON audit_head
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tb_require_finished_commit();

-- ------------------------------------------------------------------------------------------- text helpers
-- State texts are feature=value lines with backslash, newline and carriage return escaped (StateText in Java).
CREATE FUNCTION tb_escape(p_value VARCHAR) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(p_value, '\', '\\'), E'\n', '\n'), E'\r', '\r')
$$;

-- The raw (escaped) text of one feature, or NULL.
CREATE FUNCTION tb_state_raw(p_state VARCHAR, p_feature VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    text_ VARCHAR := E'\n' || p_state;
    key_ VARCHAR := E'\n' || p_feature || '=';
    at_ INT;
    end_ INT;
BEGIN
    at_ := strpos(text_, key_);
    IF at_ = 0 THEN
        RETURN NULL;
    END IF;
    at_ := at_ + length(key_);
    end_ := strpos(substr(text_, at_), E'\n');
    RETURN CASE WHEN end_ = 0 THEN substr(text_, at_) ELSE substr(text_, at_, end_ - 1) END;
END
$$;

-- The state with one feature set to a raw text (NULL removes it); a new feature is appended.
CREATE FUNCTION tb_state_put(p_state VARCHAR, p_feature VARCHAR, p_raw VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql
    IMMUTABLE AS $$
DECLARE
    text_ VARCHAR := E'\n' || p_state;
    key_ VARCHAR := E'\n' || p_feature || '=';
    at_ INT;
    end_ INT;
    line_ VARCHAR := CASE WHEN p_raw IS NULL THEN '' ELSE p_feature || '=' || p_raw || E'\n' END;
BEGIN
    at_ := strpos(text_, key_);
    IF at_ = 0 THEN
        RETURN p_state || line_;
    END IF;
    end_ := strpos(substr(text_, at_ + 1), E'\n'); -- the line's own newline, relative to at_ + 1
    IF end_ = 0 THEN
        RETURN substr(p_state, 1, at_ - 1) || line_;
    END IF;
    RETURN substr(p_state, 1, at_ - 1) || line_ || substr(p_state, at_ + end_);
END
$$;

-- A state text as the client sends it for a new row: feature=value lines, each feature once.
CREATE FUNCTION tb_state_valid(p_state VARCHAR) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT p_state IS NOT NULL AND (p_state = '' OR (right(p_state, 1) = E'\n' AND NOT EXISTS (
        SELECT 1 FROM unnest(string_to_array(left(p_state, -1), E'\n')) AS line
         WHERE line !~ '^[A-Za-z][A-Za-z0-9]*=')
        AND (SELECT COUNT(*) = COUNT(DISTINCT split_part(line, '=', 1))
               FROM unnest(string_to_array(left(p_state, -1), E'\n')) AS line)))
$$;

-- Instant.toString() of a time truncated to milliseconds, as the audit chain hashes it (AuditChain in Java).
CREATE FUNCTION tb_instant_text(p_at TIMESTAMP WITH TIME ZONE) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN floor(extract(MILLISECONDS FROM p_at))::INT % 1000 = 0 THEN ''
                ELSE '.' || lpad((floor(extract(MILLISECONDS FROM p_at))::INT % 1000)::TEXT, 3, '0') END
        || 'Z'
$$;

CREATE FUNCTION tb_hash_field(p_value VARCHAR) RETURNS BYTEA LANGUAGE sql STABLE AS $$
    SELECT '\x1f'::BYTEA || COALESCE(convert_to(p_value, 'UTF8'), '\x00'::BYTEA)
$$;

-- ------------------------------------------------------------------------------------------ access checks
-- Whether the connected user may see a row with these classifying columns (the same rule as the policies).
CREATE FUNCTION tb_visible(p_viewer tb_viewer_access, p_site VARCHAR, p_reveals BOOLEAN, p_sealed_case VARCHAR,
        p_sealed_owner VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT p_viewer.active
       AND (p_site IS NULL OR p_viewer.trial_wide OR p_site = ANY (p_viewer.sites))
       AND (NOT p_reveals OR p_viewer.sees_allocation)
       AND (p_sealed_case IS NULL OR tb_may_see_review(p_sealed_case, p_sealed_owner))
$$;

-- WritePolicy.refusal in Java, the same rules: NULL when one of the roles allows the change, else why not.
CREATE FUNCTION tb_refusal(p_roles VARCHAR[], p_sites VARCHAR[], p_type VARCHAR, p_subject VARCHAR, p_site VARCHAR,
        p_feature VARCHAR, p_status VARCHAR, p_kind VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    sdv_feature BOOLEAN := p_feature IN ('sdvState', 'verifiedBy', 'verifiedAt');
    at_own_site BOOLEAN := p_site IS NOT NULL AND p_site = ANY (p_sites);
    query_type BOOLEAN := p_type IN ('Query', 'QueryMessage');
    adjudication_type BOOLEAN := p_type IN ('AdjudicationCase', 'AdjudicationReview', 'Signature');
    trial_type BOOLEAN := p_type IN ('Trial', 'Site', 'User');
    decides_query BOOLEAN := (p_type = 'Query' AND p_feature IN ('status', '(created)')
                                  AND p_status IN ('closed', 'close', 'reopened', 'reopen'))
                             OR (p_type = 'QueryMessage' AND p_feature <> '(deleted)'
                                  AND p_kind IN ('closed', 'close', 'reopened', 'reopen'));
    role_ VARCHAR;
BEGIN
    IF p_type IN ('AdjudicationReview', 'Signature') AND p_subject IS NULL AND p_feature <> '(created)' THEN
        RETURN 'not allowed to change ' || p_feature || ' of a signed ' || p_type
            || ': signed decisions are corrected by a new signed review, never edited';
    END IF;
    FOREACH role_ IN ARRAY p_roles LOOP
        IF (role_ = 'investigator' AND at_own_site AND NOT sdv_feature AND NOT trial_type AND NOT adjudication_type
                AND NOT decides_query)
           OR (role_ = 'monitor' AND at_own_site AND (query_type
                OR (p_type IN ('ItemValue', 'Subject', 'AdverseEvent') AND sdv_feature)))
           OR (role_ = 'safety' AND p_subject IS NOT NULL AND NOT sdv_feature
                AND p_type IN ('AdverseEvent', 'MeddraCoding', 'Query', 'QueryMessage'))
           OR (role_ = 'dataManager' AND query_type)
           OR (role_ = 'adjudicator' AND CASE WHEN p_type = 'AdjudicationCase'
                THEN p_feature IN ('status', 'finalDecision', 'resolution', 'closedAt') ELSE adjudication_type END)
           OR (role_ = 'administrator' AND (trial_type OR adjudication_type)) THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN 'a user with the roles ' || array_to_string(p_roles, ', ') || ' may not change ' || p_feature
        || ' of a ' || p_type;
END
$$;

-- WritePolicy.importRefusal in Java: what a data import may write.
CREATE FUNCTION tb_import_refusal(p_roles VARCHAR[], p_blinded BOOLEAN, p_subject VARCHAR, p_reveals BOOLEAN,
        p_type VARCHAR, p_feature VARCHAR) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN NOT (p_roles && ARRAY['dataManager', 'administrator']::VARCHAR[]) THEN 'only a data manager or an administrator imports'
        WHEN p_subject IS NULL THEN 'only subjects'' records are imported, never a ' || p_type
        WHEN p_feature = '(deleted)' THEN 'no record is removed'
        WHEN p_blinded AND p_reveals THEN 'a blinded user does not write a record that reveals the allocation'
        END
$$;

-- ------------------------------------------------------------------------------------- the commit functions
-- Opens a commit in the caller's transaction: locks the chain's head (commits are serialized), fixes the commit's
-- time, user and reason. Returns the commit's number and time.
CREATE FUNCTION tb_commit_begin(p_reason VARCHAR, p_import BOOLEAN, OUT commit_id BIGINT,
        OUT committed_at TIMESTAMP WITH TIME ZONE)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    writer app_user%ROWTYPE;
    why VARCHAR := regexp_replace(COALESCE(p_reason, ''), '^\s+|\s+$', '', 'g');
BEGIN
    SELECT * INTO writer FROM app_user WHERE username = session_user AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Not saved: the user % has been deactivated (or is no Trialbench user of this trial)', session_user
            USING ERRCODE = '42501';
    END IF;
    IF COALESCE(p_import, FALSE) AND NOT (writer.roles && ARRAY['dataManager', 'administrator']::VARCHAR[]) THEN
        RAISE EXCEPTION 'Not saved: only a data manager or an administrator imports' USING ERRCODE = '42501';
    END IF;
    IF COALESCE(p_import, FALSE) AND why = '' THEN
        RAISE EXCEPTION 'A data import needs a reason; nothing was saved' USING ERRCODE = '22023';
    END IF;
    IF length(why) > 4000 THEN
        RAISE EXCEPTION 'A reason has at most 4000 characters; nothing was saved' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM store_info WHERE name = 'protocol')
       AND NOT EXISTS (SELECT 1 FROM protocol_element WHERE kind = 'arm') THEN
        RAISE EXCEPTION 'The store does not know its protocol''s blinding yet; the store owner runs ./trialbench server-init'
            USING ERRCODE = '55000';
    END IF;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.open_txid = txid_current() THEN
        RAISE EXCEPTION 'a commit is already open in this transaction' USING ERRCODE = '25000';
    END IF;
    commit_id := head.last_commit + 1;
    committed_at := date_trunc('milliseconds', clock_timestamp());
    UPDATE audit_head SET open_txid = txid_current(), open_user = session_user, open_at = committed_at,
           open_reason = CASE WHEN why = '' THEN 'initial entry' ELSE why END, open_reason_given = why <> '',
           open_import = COALESCE(p_import, FALSE), open_changed = 0, open_subjects = '{}'
     WHERE id = 1;
END
$$;

-- One audit entry's hash: SHA-256 over the previous hash and the entry's fields (AuditChain in Java). STABLE like
-- convert_to, which it calls: a function declared more constant than its body is never inlined, and a call of a
-- SQL function that is not inlined costs a hundred times more than the hash.
CREATE FUNCTION tb_audit_hash(p_previous VARCHAR, p_sequence BIGINT, p_commit BIGINT, p_user VARCHAR,
        p_at_text VARCHAR, p_reason VARCHAR, p_object VARCHAR, p_type VARCHAR, p_feature VARCHAR, p_old VARCHAR,
        p_new VARCHAR, p_subject VARCHAR) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(p_previous, 'UTF8') || tb_hash_field(p_sequence::TEXT)
        || tb_hash_field(p_commit::TEXT) || tb_hash_field(p_user) || tb_hash_field(p_at_text)
        || tb_hash_field(p_reason) || tb_hash_field(p_object) || tb_hash_field(p_type) || tb_hash_field(p_feature)
        || tb_hash_field(p_old) || tb_hash_field(p_new) || tb_hash_field(p_subject)), 'hex')
$$;

-- Brings what the server enforces for a user in step with the user's row, as derived by tb_commit_write.
CREATE FUNCTION tb_apply_user_row(p_user_id VARCHAR, p_state VARCHAR) RETURNS VOID
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    name_ VARCHAR := tb_state_raw(p_state, 'username');
    roles_ VARCHAR[] := COALESCE(string_to_array(tb_state_raw(p_state, 'roles'), ', '), '{}');
    sites_ VARCHAR[] := COALESCE(string_to_array(tb_state_raw(p_state, 'sites'), ', '), '{}');
    active_ BOOLEAN := COALESCE(tb_state_raw(p_state, 'active'), 'false') = 'true';
    blinded_ BOOLEAN := roles_ && ARRAY['adjudicator', 'dataManager', 'writingCommittee']::VARCHAR[];
    blinded_after_lock BOOLEAN := roles_ && ARRAY['adjudicator', 'dataManager']::VARCHAR[];
BEGIN
    IF name_ IS NULL OR name_ !~ '^[A-Za-z][A-Za-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'A user needs a user name of a letter, then letters, digits, ''.'', ''_'' or ''-''; nothing was saved'
            USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM app_user WHERE username = name_ AND user_id <> p_user_id)
       OR EXISTS (SELECT 1 FROM app_user WHERE user_id = p_user_id AND username <> name_) THEN
        RAISE EXCEPTION 'Not saved: the user name % belongs to another user', name_ USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(roles_) r WHERE r NOT IN ('investigator', 'monitor', 'safety', 'adjudicator',
            'dataManager', 'writingCommittee', 'statistician', 'administrator')) THEN
        RAISE EXCEPTION 'Not saved: unknown role in %', array_to_string(roles_, ', ') USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(sites_) s WHERE NOT EXISTS (
            SELECT 1 FROM clinical_object o WHERE o.id = s AND o.object_type = 'Site' AND NOT o.deleted)) THEN
        RAISE EXCEPTION 'Not saved: a site of user % is not a site of this trial', name_ USING ERRCODE = '22023';
    END IF;
    PERFORM tb_set_statistician(name_, 'statistician' = ANY (roles_));
    PERFORM tb_set_user_access(name_, p_user_id, blinded_, EXISTS (SELECT 1 FROM unnest(roles_) r
            WHERE r NOT IN ('investigator', 'monitor')), 'administrator' = ANY (roles_), active_, sites_,
        'adjudicator' = ANY (roles_), roles_ && ARRAY['dataManager', 'administrator']::VARCHAR[],
        blinded_ AND NOT blinded_after_lock);
    UPDATE app_user SET roles = roles_ WHERE username = name_;
END
$$;

-- Writes part of the open commit. One element per operation, in order:
--   create: ids, types, parents, containers, ordinals, news = the new row's state text
--   change: ids, types, features, olds, news = one feature's value before and after (not escaped)
--   delete: ids, types, olds = the stored state text the client saw
--   note:   ids, types, features, news = an audited act that changes no row (list stored, emergency unblinding)
-- The server derives each row's subject, site, allocation-revealing flag and review seal, checks the write
-- policy and that every value changed is the one the client saw, re-opens verification of changed verified data,
-- and appends the audit entries. Returns how many values it changed.
CREATE FUNCTION tb_commit_write(p_kinds VARCHAR[], p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[],
        p_containers VARCHAR[], p_ordinals INT[], p_features VARCHAR[], p_olds VARCHAR[], p_news VARCHAR[])
    RETURNS INT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    writer app_user%ROWTYPE;
    viewer tb_viewer_access := tb_viewer();
    n INT := COALESCE(array_length(p_kinds, 1), 0);
    i INT := 1;
    j INT;
    k INT;
    seq BIGINT;
    hash_ VARCHAR;
    commit_ BIGINT;
    at_text VARCHAR;
    changed INT := 0;
    subjects VARCHAR[];
    last_subject VARCHAR;
    row_ clinical_object%ROWTYPE;
    parent_ clinical_object%ROWTYPE;
    kind_ VARCHAR;
    type_ VARCHAR;
    subject_ VARCHAR;
    site_ VARCHAR;
    reveals_ BOOLEAN;
    sealed_case_ VARCHAR;
    sealed_owner_ VARCHAR;
    state_ VARCHAR;
    stored_ VARCHAR;
    old_raw VARCHAR;
    new_raw VARCHAR;
    feature_ VARCHAR;
    refusal_ VARCHAR;
    features_ VARCHAR[];
    olds_ VARCHAR[];
    news_ VARCHAR[];
    users_changed BOOLEAN := FALSE;
    slot_ randomization_slot%ROWTYPE;
    clinical_ VARCHAR[];
    me VARCHAR := session_user;
    -- audit entries and row updates are gathered and written with one statement each (a statement per row
    -- would cost more than everything else a commit does)
    na INT := 0;
    a_seq BIGINT[] := '{}';
    a_reason VARCHAR[] := '{}';
    a_object VARCHAR[] := '{}';
    a_type VARCHAR[] := '{}';
    a_feature VARCHAR[] := '{}';
    a_old VARCHAR[] := '{}';
    a_new VARCHAR[] := '{}';
    a_subject VARCHAR[] := '{}';
    a_site VARCHAR[] := '{}';
    a_reveals BOOLEAN[] := '{}';
    a_case VARCHAR[] := '{}';
    a_owner VARCHAR[] := '{}';
    a_hash VARCHAR[] := '{}';
    nu INT := 0;
    u_id VARCHAR[] := '{}';
    u_state VARCHAR[] := '{}';
BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.open_txid IS DISTINCT FROM txid_current() OR head.open_user IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'Not saved: no commit is open in this transaction (tb_commit_begin first)' USING ERRCODE = '42501';
    END IF;
    IF n > 100000 OR COALESCE(array_length(p_ids, 1), 0) <> n OR COALESCE(array_length(p_types, 1), 0) <> n
       OR COALESCE(array_length(p_parents, 1), 0) <> n OR COALESCE(array_length(p_containers, 1), 0) <> n
       OR COALESCE(array_length(p_ordinals, 1), 0) <> n OR COALESCE(array_length(p_features, 1), 0) <> n
       OR COALESCE(array_length(p_olds, 1), 0) <> n OR COALESCE(array_length(p_news, 1), 0) <> n THEN
        RAISE EXCEPTION 'Not saved: the operations'' arrays differ in length (at most 100000)' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO writer FROM app_user WHERE username = session_user AND active;
    IF NOT FOUND OR NOT viewer.active THEN
        RAISE EXCEPTION 'Not saved: the user % has been deactivated', session_user USING ERRCODE = '42501';
    END IF;
    seq := head.last_sequence;
    hash_ := head.last_hash;
    commit_ := head.last_commit + 1;
    at_text := tb_instant_text(head.open_at);
    subjects := head.open_subjects;
    WHILE i <= n LOOP
        kind_ := p_kinds[i];
        type_ := p_types[i];
        IF p_ids[i] IS NULL OR p_ids[i] !~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' THEN
            RAISE EXCEPTION 'Not saved: % is not an object id', quote_literal(COALESCE(p_ids[i], 'NULL'))
                USING ERRCODE = '22023';
        END IF;
        IF kind_ = 'create' THEN
            state_ := p_news[i];
            IF type_ IS NULL OR type_ NOT IN ('Site', 'User', 'Subject', 'EligibilityAnswer', 'Allocation', 'Visit',
                    'FormRecord', 'ItemValue', 'Query', 'QueryMessage', 'AdverseEvent', 'MeddraCoding',
                    'AdjudicationCase', 'AdjudicationReview', 'Signature') THEN
                RAISE EXCEPTION 'Not saved: % is not a type of record that can be added', COALESCE(type_, 'NULL')
                    USING ERRCODE = '22023';
            END IF;
            IF NOT tb_state_valid(state_) THEN
                RAISE EXCEPTION 'Not saved: the state of the new % % is not feature=value lines, each feature once',
                    type_, p_ids[i] USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM clinical_object WHERE id = p_ids[i]) THEN
                RAISE EXCEPTION 'Not saved: a record with the id % exists already', p_ids[i] USING ERRCODE = '23505';
            END IF;
            SELECT * INTO parent_ FROM clinical_object WHERE id = p_parents[i] AND NOT deleted;
            IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM (VALUES ('Trial', 'Site', 'sites'), ('Trial', 'User', 'users'),
                    ('Trial', 'AdjudicationCase', 'adjudicationCases'), ('Site', 'Subject', 'subjects'),
                    ('Subject', 'EligibilityAnswer', 'eligibilityAnswers'), ('Subject', 'Allocation', 'allocation'),
                    ('Subject', 'Visit', 'visits'), ('Subject', 'AdverseEvent', 'adverseEvents'),
                    ('Visit', 'FormRecord', 'forms'), ('FormRecord', 'ItemValue', 'itemValues'),
                    ('FormRecord', 'Signature', 'signature'), ('ItemValue', 'Query', 'queries'),
                    ('Query', 'QueryMessage', 'messages'), ('AdverseEvent', 'MeddraCoding', 'coding'),
                    ('AdverseEvent', 'Query', 'queries'), ('AdjudicationCase', 'AdjudicationReview', 'reviews'),
                    ('AdjudicationReview', 'Signature', 'signature')) AS c(parent_type, child_type, feature)
                    WHERE c.parent_type = parent_.object_type AND c.child_type = type_
                      AND c.feature = p_containers[i]) THEN
                RAISE EXCEPTION 'Not saved: a % cannot be added to % of %', type_, COALESCE(p_containers[i], 'NULL'),
                    COALESCE(p_parents[i], 'NULL') USING ERRCODE = '22023';
            END IF;
            -- the store classifies the row; nothing of this comes from the client
            subject_ := CASE WHEN type_ = 'Subject' THEN p_ids[i] ELSE parent_.subject_id END;
            site_ := CASE WHEN type_ = 'Subject' THEN parent_.id
                          WHEN type_ = 'AdjudicationCase' THEN (SELECT s.site_id FROM clinical_object s
                              WHERE s.id = tb_state_raw(state_, 'subject') AND s.object_type = 'Subject')
                          ELSE parent_.site_id END;
            reveals_ := type_ = 'Allocation' OR parent_.reveals_allocation
                OR (type_ IN ('FormRecord', 'ItemValue') AND EXISTS (SELECT 1 FROM protocol_element e
                    WHERE e.oid = tb_state_raw(state_, 'definition') AND e.kind IN ('form', 'item')
                      AND e.reveals_allocation));
            IF type_ = 'AdjudicationReview' THEN
                sealed_case_ := parent_.id;
                sealed_owner_ := tb_state_raw(state_, 'adjudicator');
            ELSIF type_ = 'Signature' AND parent_.object_type = 'AdjudicationReview' THEN
                sealed_case_ := parent_.sealed_case;
                sealed_owner_ := parent_.sealed_owner;
            ELSE
                sealed_case_ := NULL;
                sealed_owner_ := NULL;
            END IF;
            IF NOT tb_visible(viewer, parent_.site_id, parent_.reveals_allocation, parent_.sealed_case,
                    parent_.sealed_owner)
               OR NOT tb_visible(viewer, site_, reveals_, sealed_case_, sealed_owner_) THEN
                RAISE EXCEPTION 'Not saved: % may not write a % there (%)', session_user, type_, p_ids[i]
                    USING ERRCODE = '42501';
            END IF;
            refusal_ := tb_refusal(writer.roles, viewer.sites, type_, subject_, site_, '(created)',
                tb_state_raw(state_, 'status'), tb_state_raw(state_, 'kind'));
            IF refusal_ IS NOT NULL AND head.open_import THEN
                refusal_ := CASE WHEN tb_import_refusal(writer.roles, writer.blinded, subject_, reveals_, type_,
                        '(created)') IS NULL THEN NULL
                    ELSE refusal_ || '; in a data import ' || tb_import_refusal(writer.roles, writer.blinded, subject_,
                        reveals_, type_, '(created)') END;
            END IF;
            IF refusal_ IS NULL AND type_ = 'Allocation'
               AND NOT (head.open_import AND 'administrator' = ANY (writer.roles)) THEN
                -- an allocation comes only from the slot this user took for this subject in this transaction
                SELECT * INTO slot_ FROM randomization_slot s
                 WHERE s.subject_id = subject_ AND s.used_by = session_user AND s.used_at = now();
                IF NOT FOUND OR tb_state_raw(state_, 'randomizationNumber')
                        IS DISTINCT FROM slot_.stratum || '-' || lpad(slot_.sequence::TEXT, 3, '0')
                   OR NOT EXISTS (SELECT 1 FROM protocol_element e WHERE e.kind = 'arm'
                        AND e.oid = tb_state_raw(state_, 'arm') AND e.code = slot_.arm_code) THEN
                    refusal_ := 'not allowed to write an allocation: allocations come only from randomizing against '
                        || 'the concealed list';
                END IF;
            END IF;
            IF refusal_ IS NULL AND type_ IN ('AdjudicationReview', 'Signature')
               AND NOT (head.open_import AND subject_ IS NOT NULL)
               AND tb_state_raw(state_, CASE WHEN type_ = 'Signature' THEN 'signer' ELSE 'adjudicator' END)
                   IS DISTINCT FROM writer.user_id THEN
                refusal_ := 'not allowed to create a ' || type_ || ' in the name of another user';
            END IF;
            IF refusal_ IS NOT NULL THEN
                RAISE EXCEPTION 'Not saved: % is %', session_user, refusal_ USING ERRCODE = '42501';
            END IF;
            INSERT INTO clinical_object (id, object_type, parent_id, container_feature, ordinal, subject_id, site_id,
                    reveals_allocation, state, last_commit, sealed_case, sealed_owner)
                VALUES (p_ids[i], type_, parent_.id, p_containers[i], COALESCE(p_ordinals[i], 0), subject_, site_,
                    reveals_, state_, commit_, sealed_case_, sealed_owner_);
            seq := seq + 1;
            hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, p_ids[i], type_, '(created)', NULL, state_, subject_);
            na := na + 1;
            a_seq[na] := seq;
            a_reason[na] := head.open_reason;
            a_object[na] := p_ids[i];
            a_type[na] := type_;
            a_feature[na] := '(created)';
            a_old[na] := NULL;
            a_new[na] := state_;
            a_subject[na] := subject_;
            a_site[na] := site_;
            a_reveals[na] := reveals_;
            a_case[na] := sealed_case_;
            a_owner[na] := sealed_owner_;
            a_hash[na] := hash_;
            changed := changed + 1;
            IF type_ = 'User' THEN
                PERFORM tb_apply_user_row(p_ids[i], state_);
                users_changed := TRUE;
            END IF;
            i := i + 1;
        ELSIF kind_ IN ('change', 'delete') THEN
            IF nu > 0 AND p_ids[i] = ANY (u_id) THEN -- the row changed earlier in this call: store that first
                UPDATE clinical_object o SET state = u.state, last_commit = commit_
                  FROM unnest(u_id, u_state) AS u(id, state) WHERE o.id = u.id;
                nu := 0;
                u_id := '{}';
                u_state := '{}';
            END IF;
            SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] FOR UPDATE;
            IF NOT FOUND OR NOT tb_visible(viewer, row_.site_id, row_.reveals_allocation, row_.sealed_case,
                    row_.sealed_owner) THEN
                RAISE EXCEPTION 'Not saved: % does not exist or is not visible to %', p_ids[i], session_user
                    USING ERRCODE = '42501';
            END IF;
            IF type_ IS DISTINCT FROM row_.object_type THEN
                RAISE EXCEPTION 'Not saved: % is a %, not a %', p_ids[i], row_.object_type, COALESCE(type_, 'NULL')
                    USING ERRCODE = '22023';
            END IF;
            IF NOT head.open_reason_given THEN
                RAISE EXCEPTION 'A reason is required to change data that was already saved (21 CFR Part 11)'
                    USING ERRCODE = '22023';
            END IF;
            IF row_.deleted THEN
                RAISE EXCEPTION 'Conflict: % % was deleted by another user', row_.object_type, p_ids[i]
                    USING ERRCODE = '40001';
            END IF;
            IF kind_ = 'delete' THEN
                IF p_olds[i] IS DISTINCT FROM row_.state THEN
                    RAISE EXCEPTION 'Conflict: % % was changed by another user', row_.object_type, p_ids[i]
                        USING ERRCODE = '40001';
                END IF;
                refusal_ := CASE WHEN row_.object_type = 'Allocation' THEN 'not allowed to delete an allocation'
                    ELSE tb_refusal(writer.roles, viewer.sites, row_.object_type, row_.subject_id, row_.site_id,
                        '(deleted)', tb_state_raw(row_.state, 'status'), tb_state_raw(row_.state, 'kind')) END;
                IF refusal_ IS NOT NULL AND head.open_import AND row_.object_type <> 'Allocation' THEN
                    refusal_ := refusal_ || '; in a data import ' || tb_import_refusal(writer.roles, writer.blinded,
                        row_.subject_id, row_.reveals_allocation, row_.object_type, '(deleted)');
                END IF;
                IF refusal_ IS NOT NULL THEN
                    RAISE EXCEPTION 'Not saved: % is %', session_user, refusal_ USING ERRCODE = '42501';
                END IF;
                UPDATE clinical_object SET deleted = TRUE, last_commit = commit_ WHERE id = row_.id;
                seq := seq + 1;
                hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, row_.id, row_.object_type, '(deleted)', row_.state, NULL, row_.subject_id);
                na := na + 1;
                a_seq[na] := seq;
                a_reason[na] := head.open_reason;
                a_object[na] := row_.id;
                a_type[na] := row_.object_type;
                a_feature[na] := '(deleted)';
                a_old[na] := row_.state;
                a_new[na] := NULL;
                a_subject[na] := row_.subject_id;
                a_site[na] := row_.site_id;
                a_reveals[na] := row_.reveals_allocation;
                a_case[na] := row_.sealed_case;
                a_owner[na] := row_.sealed_owner;
                a_hash[na] := hash_;
                changed := changed + 1;
                i := i + 1;
            ELSE
                -- the consecutive changes of one row
                j := i;
                WHILE j < n AND p_kinds[j + 1] = 'change' AND p_ids[j + 1] = p_ids[i] LOOP
                    j := j + 1;
                END LOOP;
                state_ := row_.state;
                features_ := '{}';
                olds_ := '{}';
                news_ := '{}';
                FOR k IN i .. j LOOP
                    feature_ := p_features[k];
                    IF feature_ IS NULL OR feature_ !~ '^[A-Za-z][A-Za-z0-9]{0,63}$' THEN
                        RAISE EXCEPTION 'Not saved: % is not a feature name', quote_literal(COALESCE(feature_, 'NULL'))
                            USING ERRCODE = '22023';
                    END IF;
                    old_raw := tb_escape(p_olds[k]);
                    new_raw := tb_escape(p_news[k]);
                    stored_ := tb_state_raw(state_, feature_);
                    CONTINUE WHEN stored_ IS NOT DISTINCT FROM new_raw; -- already stored
                    IF stored_ IS DISTINCT FROM old_raw THEN
                        RAISE EXCEPTION 'Conflict: % of % % was changed by another user', feature_, row_.object_type,
                            row_.id USING ERRCODE = '40001';
                    END IF;
                    IF (feature_ = 'definition' AND row_.object_type IN ('FormRecord', 'ItemValue'))
                       OR (feature_ = 'subject' AND row_.object_type = 'AdjudicationCase')
                       OR (feature_ = 'username' AND row_.object_type = 'User') THEN
                        RAISE EXCEPTION 'Not saved: % of a % is fixed once it is stored; add a new record instead',
                            feature_, row_.object_type USING ERRCODE = '42501';
                    END IF;
                    IF row_.object_type = 'Allocation' AND feature_ IN ('arm', 'randomizationNumber', 'allocatedAt',
                            'allocatedBy') AND NOT (head.open_import AND 'administrator' = ANY (writer.roles)) THEN
                        RAISE EXCEPTION 'Not saved: % may not change % of an allocation: it is fixed by randomization',
                            session_user, feature_ USING ERRCODE = '42501';
                    END IF;
                    state_ := tb_state_put(state_, feature_, new_raw);
                    features_ := features_ || feature_;
                    olds_ := olds_ || p_olds[k];
                    news_ := news_ || p_news[k];
                END LOOP;
                IF array_length(features_, 1) > 0 THEN
                    FOR k IN 1 .. array_length(features_, 1) LOOP
                        refusal_ := tb_refusal(writer.roles, viewer.sites, row_.object_type, row_.subject_id,
                            row_.site_id, features_[k], tb_state_raw(state_, 'status'), tb_state_raw(state_, 'kind'));
                        IF refusal_ IS NOT NULL AND head.open_import THEN
                            refusal_ := CASE WHEN tb_import_refusal(writer.roles, writer.blinded, row_.subject_id,
                                    row_.reveals_allocation, row_.object_type, features_[k]) IS NULL THEN NULL
                                ELSE refusal_ || '; in a data import ' || tb_import_refusal(writer.roles,
                                    writer.blinded, row_.subject_id, row_.reveals_allocation, row_.object_type,
                                    features_[k]) END;
                        END IF;
                        IF refusal_ IS NOT NULL THEN
                            RAISE EXCEPTION 'Not saved: % is % (%)', session_user, refusal_, row_.id
                                USING ERRCODE = '42501';
                        END IF;
                    END LOOP;
                    -- a verified value that changes is no longer verified (SdvReopening in Java)
                    feature_ := NULL;
                    clinical_ := CASE row_.object_type
                           WHEN 'ItemValue' THEN ARRAY['value', 'missingCode']::VARCHAR[]
                           WHEN 'Subject' THEN ARRAY['consentDate', 'consentVersion']::VARCHAR[]
                           WHEN 'AdverseEvent' THEN ARRAY['verbatimTerm', 'onsetDate', 'resolutionDate', 'ongoing',
                               'ctcaeGrade', 'asgeSeverity', 'agreeGrade', 'serious', 'seriousnessCriteria',
                               'relationship', 'actionTaken', 'outcome', 'awareAt']::VARCHAR[]
                           ELSE '{}'::VARCHAR[] END;
                    IF tb_state_raw(state_, 'sdvState') = 'verified' AND NOT ('sdvState' = ANY (features_))
                       AND features_ && clinical_ THEN
                        state_ := tb_state_put(state_, 'sdvState', 'changedSinceVerification');
                        feature_ := 'sdvState';
                    END IF;
                    nu := nu + 1;
                    u_id[nu] := row_.id;
                    u_state[nu] := state_;
                    FOR k IN 1 .. array_length(features_, 1) LOOP
                        seq := seq + 1;
                        hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, row_.id, row_.object_type, features_[k], olds_[k], news_[k], row_.subject_id);
                        na := na + 1;
                        a_seq[na] := seq;
                        a_reason[na] := head.open_reason;
                        a_object[na] := row_.id;
                        a_type[na] := row_.object_type;
                        a_feature[na] := features_[k];
                        a_old[na] := olds_[k];
                        a_new[na] := news_[k];
                        a_subject[na] := row_.subject_id;
                        a_site[na] := row_.site_id;
                        a_reveals[na] := row_.reveals_allocation;
                        a_case[na] := row_.sealed_case;
                        a_owner[na] := row_.sealed_owner;
                        a_hash[na] := hash_;
                        changed := changed + 1;
                    END LOOP;
                    IF feature_ IS NOT NULL THEN
                        seq := seq + 1;
                        hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, 'verification re-opened automatically: the value changed after it was verified ('
                                || head.open_reason || ')', row_.id, row_.object_type, 'sdvState', 'verified', 'changedSinceVerification', row_.subject_id);
                        na := na + 1;
                        a_seq[na] := seq;
                        a_reason[na] := 'verification re-opened automatically: the value changed after it was verified ('
                                || head.open_reason || ')';
                        a_object[na] := row_.id;
                        a_type[na] := row_.object_type;
                        a_feature[na] := 'sdvState';
                        a_old[na] := 'verified';
                        a_new[na] := 'changedSinceVerification';
                        a_subject[na] := row_.subject_id;
                        a_site[na] := row_.site_id;
                        a_reveals[na] := row_.reveals_allocation;
                        a_case[na] := row_.sealed_case;
                        a_owner[na] := row_.sealed_owner;
                        a_hash[na] := hash_;
                        changed := changed + 1;
                    END IF;
                    IF row_.object_type = 'User' THEN
                        PERFORM tb_apply_user_row(row_.id, state_);
                        users_changed := TRUE;
                    END IF;
                END IF;
                subject_ := row_.subject_id;
                i := j + 1;
            END IF;
            subject_ := row_.subject_id;
        ELSIF kind_ = 'note' THEN
            feature_ := p_features[i];
            IF type_ = 'RandomizationList' AND p_ids[i] = 'randomization-list' AND feature_ = '(stored)'
               AND pg_has_role(session_user, 'trialbench_statistician', 'MEMBER')
               AND EXISTS (SELECT 1 FROM randomization_list) THEN
                subject_ := NULL;
                site_ := NULL;
                reveals_ := TRUE;
            ELSIF type_ = 'Subject' AND feature_ = '(emergency unblinding)' THEN
                SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] AND object_type = 'Subject' AND NOT deleted;
                IF NOT FOUND OR NOT viewer.sees_allocation
                   OR NOT tb_visible(viewer, row_.site_id, FALSE, NULL, NULL)
                   OR NOT (('investigator' = ANY (writer.roles) AND row_.site_id = ANY (viewer.sites))
                           OR 'safety' = ANY (writer.roles))
                   OR COALESCE(btrim(p_news[i]), '') = '' THEN
                    RAISE EXCEPTION 'Not saved: emergency unblinding is for the subject''s investigator or the safety officer, with a reason'
                        USING ERRCODE = '42501';
                END IF;
                subject_ := row_.id;
                site_ := row_.site_id;
                reveals_ := FALSE;
            ELSIF type_ = 'User' AND feature_ = '(password)' AND p_news[i] = '(set)' THEN
                -- that, when and by whom a password was set (tb_set_password sets it), never the password
                SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] AND object_type = 'User' AND NOT deleted;
                IF NOT FOUND OR NOT (tb_state_raw(row_.state, 'username') = session_user
                                     OR 'administrator' = ANY (writer.roles)) THEN
                    RAISE EXCEPTION 'Not saved: % may not set the password of another user', session_user
                        USING ERRCODE = '42501';
                END IF;
                subject_ := NULL;
                site_ := NULL;
                reveals_ := FALSE;
            ELSE
                RAISE EXCEPTION 'Not saved: % may not record % about a %', session_user, COALESCE(feature_, 'NULL'),
                    COALESCE(type_, 'NULL') USING ERRCODE = '42501';
            END IF;
            seq := seq + 1;
            hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, p_ids[i], type_, feature_, NULL, p_news[i], subject_);
            na := na + 1;
            a_seq[na] := seq;
            a_reason[na] := head.open_reason;
            a_object[na] := p_ids[i];
            a_type[na] := type_;
            a_feature[na] := feature_;
            a_old[na] := NULL;
            a_new[na] := p_news[i];
            a_subject[na] := subject_;
            a_site[na] := site_;
            a_reveals[na] := reveals_;
            a_case[na] := NULL;
            a_owner[na] := NULL;
            a_hash[na] := hash_;
            changed := changed + 1;
            i := i + 1;
        ELSE
            RAISE EXCEPTION 'Not saved: % is not an operation (create, change, delete, note)',
                quote_literal(COALESCE(kind_, 'NULL')) USING ERRCODE = '22023';
        END IF;
        -- commits list their subjects for the other workbenches (at most 5000; a bigger commit lists none)
        IF subject_ IS NOT NULL AND subject_ IS DISTINCT FROM last_subject AND array_length(subjects, 1) IS DISTINCT FROM 5001 THEN
            IF NOT (subject_ = ANY (subjects)) THEN
                subjects := subjects || subject_;
            END IF;
            last_subject := subject_;
        END IF;
        subject_ := NULL;
    END LOOP;
    IF nu > 0 THEN
        UPDATE clinical_object o SET state = u.state, last_commit = commit_
          FROM unnest(u_id, u_state) AS u(id, state) WHERE o.id = u.id;
    END IF;
    IF na > 0 THEN
        INSERT INTO audit_entry (sequence, commit_id, username, changed_at, reason, object_id, object_type, feature,
                old_value, new_value, subject_id, site_id, reveals_allocation, hash, sealed_case, sealed_owner)
            SELECT e.seq, commit_, me, head.open_at, e.reason, e.object, e.type, e.feature, e.old, e.new, e.subject,
                   e.site, e.reveals, e.hash, e.sealed_case, e.sealed_owner
              FROM unnest(a_seq, a_reason, a_object, a_type, a_feature, a_old, a_new, a_subject, a_site, a_reveals,
                          a_hash, a_case, a_owner)
                AS e(seq, reason, object, type, feature, old, new, subject, site, reveals, hash, sealed_case,
                     sealed_owner);
    END IF;
    IF users_changed AND NOT EXISTS (SELECT 1 FROM app_user WHERE administrator AND active) THEN
        RAISE EXCEPTION 'Not saved: the trial would be left without an active administrator; give another user the administrator role first'
            USING ERRCODE = '42501';
    END IF;
    UPDATE audit_head SET last_sequence = seq, last_hash = hash_, open_changed = open_changed + changed,
           open_subjects = subjects
     WHERE id = 1;
    RETURN changed;
END
$$;

-- Finishes the open commit: records it in the commit log and tells the other workbenches its number.
CREATE FUNCTION tb_commit_finish(OUT commit_id BIGINT, OUT committed_at TIMESTAMP WITH TIME ZONE,
        OUT changed_values INT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.open_txid IS DISTINCT FROM txid_current() OR head.open_user IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'Not saved: no commit is open in this transaction' USING ERRCODE = '42501';
    END IF;
    IF head.open_changed = 0 THEN
        RAISE EXCEPTION 'Nothing to save: the store already holds these values' USING ERRCODE = '22023';
    END IF;
    commit_id := head.last_commit + 1;
    committed_at := head.open_at;
    changed_values := head.open_changed;
    INSERT INTO commit_log (commit_id, username, committed_at, reason, changed_values, subject_ids, last_sequence,
            head_hash)
        VALUES (commit_id, session_user, committed_at, head.open_reason, changed_values,
            CASE WHEN COALESCE(array_length(head.open_subjects, 1), 0) <= 5000
                 THEN array_to_string(head.open_subjects, ',') END,
            head.last_sequence, head.last_hash);
    UPDATE audit_head SET last_commit = commit_id, open_txid = NULL, open_user = NULL, open_at = NULL,
           open_reason = NULL, open_reason_given = NULL, open_import = NULL, open_changed = NULL,
           open_subjects = NULL
     WHERE id = 1;
    PERFORM pg_notify('trialbench_commit', commit_id::TEXT);
END
$$;

-- The commits after a number, as the caller may know of them: the subjects, the number of changed values and the
-- reason only as far as the caller may see the changes (a commit that changed nothing the caller may see lists no
-- subject, no reason and 0 values; one too big to list its subjects lists none, as before).
CREATE FUNCTION tb_commits_after(p_after BIGINT) RETURNS TABLE (commit_id BIGINT, username VARCHAR,
        committed_at TIMESTAMP WITH TIME ZONE, reason VARCHAR, changed_values INT, subject_ids VARCHAR)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    viewer tb_viewer_access := tb_viewer();
BEGIN
    IF NOT viewer.active THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.commit_id, c.username, c.committed_at,
           CASE WHEN seen.entries > 0 THEN c.reason END,
           seen.entries::INT,
           CASE WHEN c.subject_ids IS NOT NULL THEN COALESCE(seen.subjects, '') END
      FROM commit_log c
      CROSS JOIN LATERAL (
          -- what of the commit the caller may see: its entries, and the subjects of those entries only (a subject
          -- named for a change the caller cannot see would tell a blinded user that an arm-specific record changed)
          SELECT COUNT(*) AS entries,
                 string_agg(DISTINCT a.subject_id, ',')::VARCHAR AS subjects
            FROM audit_entry a
           WHERE a.commit_id = c.commit_id
             AND tb_visible(viewer, a.site_id, a.reveals_allocation, a.sealed_case, a.sealed_owner)) AS seen
     WHERE c.commit_id > p_after
     ORDER BY c.commit_id;
END
$$;

-- The stratum's sequence goes into public by name: the pinned search_path starts with pg_catalog.
CREATE OR REPLACE FUNCTION tb_prepare_stratum(p_stratum VARCHAR) RETURNS VOID
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'trialbench_statistician', 'MEMBER') THEN
        RAISE EXCEPTION 'only the statistician prepares the randomization list' USING ERRCODE = '42501';
    END IF;
    IF p_stratum IS NULL OR p_stratum !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
        RAISE EXCEPTION '% is not a stratum code', quote_literal(COALESCE(p_stratum, 'NULL')) USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS public.%I', tb_slot_sequence(p_stratum));
END
$$;

-- Randomization as in schema 3; a subject of another site and one that does not exist are refused alike, so the
-- refusal tells nothing about other sites' subjects.
CREATE OR REPLACE FUNCTION tb_take_slot(p_subject VARCHAR, p_stratum VARCHAR, OUT slot_sequence INT,
        OUT slot_arm VARCHAR)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    subject_site VARCHAR;
    next_slot BIGINT;
BEGIN
    SELECT site_id INTO subject_site FROM clinical_object
     WHERE id = p_subject AND object_type = 'Subject' AND deleted = FALSE;
    IF subject_site IS NULL OR NOT tb_may_see(subject_site, TRUE)
       OR NOT EXISTS (SELECT 1 FROM user_site s WHERE s.username = session_user AND s.site_id = subject_site)
       OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = session_user AND u.active
                        AND 'investigator' = ANY (u.roles)) THEN
        RAISE EXCEPTION 'user % may not randomize subject % (not a subject of an own site)', session_user, p_subject
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_head WHERE id = 1 AND open_txid = txid_current() AND open_user = session_user) THEN
        RAISE EXCEPTION 'a slot is taken only inside a commit that stores the allocation (tb_commit_begin first)'
            USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM randomization_slot WHERE subject_id = p_subject)
       OR EXISTS (SELECT 1 FROM clinical_object WHERE object_type = 'Allocation' AND subject_id = p_subject
                    AND NOT deleted) THEN
        RAISE EXCEPTION 'subject % is already randomized', p_subject;
    END IF;
    -- the subject's own stratum, as its record says: nobody chooses another stratum's next arm
    IF p_stratum IS DISTINCT FROM (SELECT e.code FROM protocol_element e, clinical_object s
            WHERE s.id = p_subject AND e.kind = 'stratum' AND e.oid = tb_state_raw(s.state, 'stratum')) THEN
        RAISE EXCEPTION 'subject % is not in stratum % (randomized only in its own stratum)', p_subject,
            COALESCE(p_stratum, 'NULL') USING ERRCODE = '42501';
    END IF;
    IF p_stratum IS NULL OR to_regclass(tb_slot_sequence(p_stratum)) IS NULL THEN
        RAISE EXCEPTION 'the randomization list has no free slot in stratum %', p_stratum;
    END IF;
    next_slot := nextval(tb_slot_sequence(p_stratum)::regclass);
    UPDATE randomization_slot s SET subject_id = p_subject, used_by = session_user, used_at = now()
     WHERE s.stratum = p_stratum AND s.sequence = next_slot AND s.subject_id IS NULL
    RETURNING s.sequence, s.arm_code INTO slot_sequence, slot_arm;
    IF slot_sequence IS NULL THEN
        RAISE EXCEPTION 'the randomization list has no free slot in stratum %', p_stratum;
    END IF;
END
$$;

-- A slot taken is a subject randomized: the transaction that takes it must store the subject's allocation too.
CREATE FUNCTION tb_require_allocation() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.subject_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clinical_object
            WHERE object_type = 'Allocation' AND subject_id = NEW.subject_id AND NOT deleted) THEN
        RAISE EXCEPTION 'slot % of stratum % was taken without storing the allocation; nothing of it is kept',
            NEW.sequence, NEW.stratum USING ERRCODE = '25000';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER randomization_slot_allocated AFTER UPDATE ON randomization_slot
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tb_require_allocation();

-- ------------------------------------------------------------------------------ data locks, with their anchor
CREATE OR REPLACE FUNCTION tb_lock_data(p_lock_id VARCHAR, p_locked_at TIMESTAMP WITH TIME ZONE, p_reason VARCHAR)
    RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    frozen INT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE username = session_user AND may_lock AND active) THEN
        RAISE EXCEPTION 'the user % may not lock the data', session_user USING ERRCODE = '42501';
    END IF;
    IF p_lock_id IS NULL OR p_lock_id !~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$'
       OR COALESCE(btrim(p_reason), '') = '' OR p_locked_at IS NULL THEN
        RAISE EXCEPTION 'a data lock needs an id, a time and a reason' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.open_txid IS NOT NULL THEN
        RAISE EXCEPTION 'a commit is open in this transaction; lock the data on its own' USING ERRCODE = '25000';
    END IF;
    INSERT INTO locked_object (lock_id, id, object_type, parent_id, container_feature, ordinal, subject_id,
                               site_id, reveals_allocation, state, sealed_case, sealed_owner)
        SELECT p_lock_id, id, object_type, parent_id, container_feature, ordinal, subject_id, site_id,
               reveals_allocation, state, sealed_case, sealed_owner
          FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL;
    SELECT COUNT(*) INTO frozen FROM locked_object WHERE lock_id = p_lock_id AND object_type = 'Subject';
    INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects, audit_sequence, audit_hash)
        VALUES (p_lock_id, head.last_commit, p_locked_at, session_user, p_reason, frozen, head.last_sequence,
            head.last_hash);
    RETURN head.last_commit;
END
$$;

-- ------------------------------------------------------------------------------- user administration, hardened
-- A name may only be given to a new role or to one that is already a plain Trialbench login: never the owner's,
-- a definer's, a superuser's or another application's role.
CREATE OR REPLACE FUNCTION tb_trialbench_role(p_username VARCHAR) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    role_ pg_roles%ROWTYPE;
BEGIN
    IF p_username IS NULL OR p_username !~ '^[A-Za-z][A-Za-z0-9_.-]{0,62}$' OR p_username ~* '^(pg_|trialbench_)' THEN
        RAISE EXCEPTION '% cannot be a Trialbench user name', quote_literal(COALESCE(p_username, 'NULL'))
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO role_ FROM pg_roles WHERE rolname = p_username;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_username);
        EXECUTE format('GRANT trialbench_user TO %I', p_username);
        RETURN TRUE;
    END IF;
    IF role_.rolsuper OR role_.rolcreaterole OR role_.rolcreatedb OR role_.rolreplication OR role_.rolbypassrls
       OR NOT pg_has_role(p_username, 'trialbench_user', 'MEMBER')
       OR pg_has_role(p_username, 'trialbench_definer', 'MEMBER') OR pg_has_role(p_username, 'trialbench_roles', 'MEMBER')
       OR EXISTS (SELECT 1 FROM pg_database WHERE datdba = role_.oid)
       OR EXISTS (SELECT 1 FROM pg_class WHERE relowner = role_.oid AND relnamespace = 'public'::regnamespace) THEN
        RAISE EXCEPTION 'the database role % exists and is not a Trialbench login; choose another user name',
            p_username USING ERRCODE = '42501';
    END IF;
    RETURN FALSE;
END
$$;

CREATE OR REPLACE FUNCTION tb_set_password(p_username VARCHAR, p_verifier VARCHAR) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_username IS DISTINCT FROM session_user THEN
        PERFORM tb_require_administrator();
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/=]{4,64}\$[A-Za-z0-9+/=]{40,64}:[A-Za-z0-9+/=]{40,64}$' THEN
        RAISE EXCEPTION 'a password must be sent as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE username = p_username) THEN
        RAISE EXCEPTION 'there is no Trialbench user %', p_username USING ERRCODE = '42704';
    END IF;
    PERFORM tb_trialbench_role(p_username);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
END
$$;

-- ------------------------------------------------------------------ existing rows: classified as the store does now
-- Queries, messages and signatures under arm-specific records reveal the allocation like the record itself;
-- adjudication cases and their reviews carry their subject's site. These columns are outside the hashed fields,
-- so the chain stays intact; only this migration, run by the owner, corrects entries that exist.
DO $$
BEGIN
    LOOP
        UPDATE clinical_object c SET reveals_allocation = TRUE FROM clinical_object p
         WHERE c.parent_id = p.id AND p.reveals_allocation AND NOT c.reveals_allocation;
        EXIT WHEN NOT FOUND;
    END LOOP;
END
$$;
UPDATE clinical_object c SET site_id = s.site_id FROM clinical_object s
 WHERE c.object_type = 'AdjudicationCase' AND s.object_type = 'Subject' AND s.id = tb_state_raw(c.state, 'subject')
   AND c.site_id IS DISTINCT FROM s.site_id;
UPDATE clinical_object c SET site_id = p.site_id FROM clinical_object p
 WHERE c.parent_id = p.id AND p.object_type = 'AdjudicationCase' AND c.site_id IS DISTINCT FROM p.site_id;
UPDATE clinical_object c SET site_id = p.site_id FROM clinical_object p
 WHERE c.parent_id = p.id AND p.object_type = 'AdjudicationReview' AND c.site_id IS DISTINCT FROM p.site_id;

ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
UPDATE audit_entry a SET site_id = o.site_id, reveals_allocation = a.reveals_allocation OR o.reveals_allocation
  FROM clinical_object o
 WHERE o.id = a.object_id
   AND (a.site_id IS DISTINCT FROM o.site_id OR (o.reveals_allocation AND NOT a.reveals_allocation));
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;
ALTER TABLE locked_object DISABLE TRIGGER locked_object_append_only;
UPDATE locked_object l SET site_id = o.site_id, reveals_allocation = l.reveals_allocation OR o.reveals_allocation
  FROM clinical_object o
 WHERE o.id = l.id
   AND (l.site_id IS DISTINCT FROM o.site_id OR (o.reveals_allocation AND NOT l.reveals_allocation));
ALTER TABLE locked_object ENABLE TRIGGER locked_object_append_only;

-- ------------------------------------------------------- every definer function: pinned path, NOLOGIN owner, rights
DO $$
DECLARE
    f RECORD;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature, p.proname, p.prosecdef
               FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'tb\_%' LOOP
        -- helpers that are no definers run with their caller's rights and path (a definer's, pinned); calling
        -- them costs no change of settings, so the planner can inline them
        IF f.prosecdef THEN
            EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', f.signature);
        END IF;
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, trialbench_user, trialbench_statistician', f.signature);
        IF f.prosecdef THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f.signature,
                CASE WHEN f.proname IN ('tb_trialbench_role', 'tb_set_password', 'tb_set_user_access',
                                        'tb_set_statistician') THEN 'trialbench_roles' ELSE 'trialbench_definer' END);
        END IF;
        -- the definer roles call the helpers and each other
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO trialbench_definer, trialbench_roles', f.signature);
    END LOOP;
END
$$;

-- What a trial user may call.
GRANT EXECUTE ON FUNCTION tb_viewer(), tb_may_see_review(VARCHAR, VARCHAR), tb_commit_begin(VARCHAR, BOOLEAN),
    tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[], VARCHAR[]),
    tb_commit_finish(), tb_commits_after(BIGINT), tb_take_slot(VARCHAR, VARCHAR),
    tb_lock_data(VARCHAR, TIMESTAMP WITH TIME ZONE, VARCHAR), tb_set_password(VARCHAR, VARCHAR),
    tb_signing_locked(), tb_signature_refused(VARCHAR), tb_signature_failed(VARCHAR), tb_signing_reset(VARCHAR),
    tb_unlock_signing(VARCHAR), tb_security_log()
    TO trialbench_user;
GRANT EXECUTE ON FUNCTION tb_prepare_stratum(VARCHAR) TO trialbench_statistician;
-- the statistician's own rights on the list: a new list, never a change of one
REVOKE ALL ON randomization_list, randomization_slot FROM trialbench_statistician;
GRANT SELECT, INSERT ON randomization_list, randomization_slot TO trialbench_statistician;
