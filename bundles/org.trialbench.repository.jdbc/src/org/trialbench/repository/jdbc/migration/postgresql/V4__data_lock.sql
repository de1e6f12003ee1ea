-- Data locks: the clinical records of every subject frozen as of one commit, so that publication tables
-- computed from a lock never change when later commits arrive. A lock is not a commit: it changes no value.
CREATE TABLE data_lock (
    lock_id     VARCHAR(64)  PRIMARY KEY,
    commit_id   BIGINT       NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(100) NOT NULL,
    reason      VARCHAR      NOT NULL,
    subjects    INT          NOT NULL
);

CREATE TABLE locked_object (
    lock_id            VARCHAR(64)  NOT NULL,
    id                 VARCHAR(64)  NOT NULL,
    object_type        VARCHAR(64)  NOT NULL,
    parent_id          VARCHAR(64),
    container_feature  VARCHAR(64),
    ordinal            INT          NOT NULL,
    subject_id         VARCHAR(64),
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN      NOT NULL,
    state              VARCHAR      NOT NULL,
    PRIMARY KEY (lock_id, id)
);
CREATE INDEX locked_object_subject ON locked_object (lock_id, subject_id);

ALTER TABLE app_user ADD COLUMN may_lock BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN unblinded_by_lock BOOLEAN DEFAULT FALSE NOT NULL;

-- The writing committee is blinded until the first data lock, then sees allocations (the lock is when results
-- by arm may be shown to it); everyone else's blinding is unchanged.
CREATE OR REPLACE FUNCTION tb_may_see(row_site VARCHAR, row_reveals BOOLEAN) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE((
        SELECT (row_site IS NULL OR u.trial_wide
                    OR EXISTS (SELECT 1 FROM user_site s WHERE s.username = u.username AND s.site_id = row_site))
               AND (NOT row_reveals OR NOT u.blinded
                    OR (u.unblinded_by_lock AND EXISTS (SELECT 1 FROM data_lock)))
          FROM app_user u
         WHERE u.username = session_user AND u.active), FALSE)
$$;

ALTER TABLE locked_object ENABLE ROW LEVEL SECURITY;
CREATE POLICY locked_object_visible ON locked_object USING (tb_may_see(site_id, reveals_allocation));

-- Locking copies rows the locking data manager may not see (allocations), so it runs as the schema owner,
-- after checking that the connected user may lock. The audit head is locked so no commit interleaves.
CREATE FUNCTION tb_lock_data(p_lock_id VARCHAR, p_locked_at TIMESTAMP WITH TIME ZONE, p_reason VARCHAR)
    RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    head BIGINT;
    frozen INT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE username = session_user AND may_lock AND active) THEN
        RAISE EXCEPTION 'the user % may not lock the data', session_user USING ERRCODE = '42501';
    END IF;
    SELECT last_commit INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    INSERT INTO locked_object (lock_id, id, object_type, parent_id, container_feature, ordinal, subject_id,
                               site_id, reveals_allocation, state)
        SELECT p_lock_id, id, object_type, parent_id, container_feature, ordinal, subject_id, site_id,
               reveals_allocation, state
          FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL;
    SELECT COUNT(*) INTO frozen FROM locked_object WHERE lock_id = p_lock_id AND object_type = 'Subject';
    INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects)
        VALUES (p_lock_id, head, p_locked_at, session_user, p_reason, frozen);
    RETURN head;
END
$$;

CREATE FUNCTION tb_data_lock_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a data lock cannot be changed: % refused', TG_OP;
END
$$;
CREATE TRIGGER data_lock_append_only BEFORE UPDATE OR DELETE ON data_lock
    FOR EACH ROW EXECUTE FUNCTION tb_data_lock_append_only();
CREATE TRIGGER locked_object_append_only BEFORE UPDATE OR DELETE ON locked_object
    FOR EACH ROW EXECUTE FUNCTION tb_data_lock_append_only();

REVOKE ALL ON data_lock, locked_object FROM PUBLIC;
GRANT SELECT ON data_lock, locked_object TO trialbench_user;
GRANT SELECT (may_lock, unblinded_by_lock) ON app_user TO trialbench_user;
REVOKE ALL ON FUNCTION tb_lock_data(VARCHAR, TIMESTAMP WITH TIME ZONE, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_lock_data(VARCHAR, TIMESTAMP WITH TIME ZONE, VARCHAR) TO trialbench_user;
