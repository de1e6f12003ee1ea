-- Schema 16 (server): a data lock is stored as one compact record per subject and visibility class (site,
-- allocation-revealing, review seal) instead of one row per frozen object. Reading a lock then reads one row per
-- subject (and class), and locking writes one; the frozen objects of a record are a JSON array of
-- [id, object_type, parent_id, container_feature, ordinal, state], ordered by ordinal and id.
-- Every object of a record shares its subject, site, allocation-revealing flag and review seal, so row-level
-- security on the records hides exactly the objects it hid as rows of locked_object (schemas 4, 10, 11, 12).
CREATE TABLE locked_subject (
    lock_id            VARCHAR(64) NOT NULL,
    subject_id         VARCHAR(64) NOT NULL,
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN     NOT NULL,
    sealed_case        VARCHAR(64),
    sealed_owner       VARCHAR(64),
    object_count       INT         NOT NULL,
    objects            TEXT        NOT NULL
);
CREATE INDEX locked_subject_read ON locked_subject (lock_id, subject_id);

-- Locks made before schema 16 are converted: their locked_object rows stay as they are (a lock is never changed),
-- and the same rows are also held as records, so every lock is read one way.
INSERT INTO locked_subject (lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, object_count,
                            objects)
    SELECT lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, COUNT(*),
           json_agg(json_build_array(id, object_type, parent_id, container_feature, ordinal, state)
                    ORDER BY ordinal, id)::TEXT
      FROM locked_object
     WHERE subject_id IS NOT NULL
     GROUP BY lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner;

-- A lock is never changed, as locked_object (schema 4).
CREATE TRIGGER locked_subject_append_only BEFORE UPDATE OR DELETE ON locked_subject
    FOR EACH ROW EXECUTE FUNCTION tb_data_lock_append_only();
CREATE TRIGGER locked_subject_no_truncate BEFORE TRUNCATE ON locked_subject
    FOR EACH STATEMENT EXECUTE FUNCTION tb_data_lock_append_only();

-- Trial users read the records under the same rules as locked_object's rows (schema 11's policy); only the lock
-- function (as trialbench_definer) writes them.
REVOKE ALL ON locked_subject FROM PUBLIC;
GRANT SELECT ON locked_subject TO trialbench_user;
GRANT SELECT, INSERT ON locked_subject TO trialbench_definer;
ALTER TABLE locked_subject ENABLE ROW LEVEL SECURITY;
CREATE POLICY locked_subject_visible ON locked_subject TO trialbench_user
    USING ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)));
CREATE POLICY locked_subject_definer ON locked_subject TO trialbench_definer USING (TRUE) WITH CHECK (TRUE);

-- Schema 12's lock, writing the records in one statement instead of a row per object. Same checks, same anchor.
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
    INSERT INTO locked_subject (lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner,
                                object_count, objects)
        SELECT p_lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, COUNT(*),
               json_agg(json_build_array(id, object_type, parent_id, container_feature, ordinal, state)
                        ORDER BY ordinal, id)::TEXT
          FROM clinical_object
         WHERE deleted = FALSE AND subject_id IS NOT NULL
         GROUP BY subject_id, site_id, reveals_allocation, sealed_case, sealed_owner;
    SELECT COUNT(*) INTO frozen FROM clinical_object
     WHERE deleted = FALSE AND subject_id IS NOT NULL AND object_type = 'Subject';
    INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects, audit_sequence, audit_hash)
        VALUES (p_lock_id, head.last_commit, p_locked_at, session_user, p_reason, frozen, head.last_sequence,
            head.last_hash);
    RETURN head.last_commit;
END
$$;
