-- Schema 20 (server store): a data lock shares the subjects' records instead of building them.
--
-- Schema 16 built one compact record per subject and visibility class at every lock, in one statement over every
-- object of the trial: 12 s at 10,000 subjects (1.85 million objects), most of it sorting the objects and building
-- and compressing their JSON. Now every subject's records are kept current by the transactions that change its
-- objects, and a lock is the list of the records current at its moment:
--
-- - subject_record holds the records (the same columns and the same JSON as schema 16's), each one written once
--   and never changed again; a record is current until the subject changes, then superseded. A superseded record
--   no lock refers to is deleted; one a lock refers to stays as it is (the lock's reference forbids deleting it).
-- - A statement that writes clinical_object marks the subjects of its rows stale (subject_record_stale); at the
--   end of the transaction (a deferred trigger) the stale subjects' records are superseded and built again from
--   their objects. A commit of one subject's form rebuilds that subject's records (about 1 ms for its 185 objects).
-- - tb_lock_data refreshes whatever is still stale (only possible inside the locking transaction itself) and
--   stores the lock as (lock, record) pairs in locked_record: about 0.15 s at 10,000 subjects.
-- - Locks made before schema 20 keep their records in the table of schema 16, renamed locked_subject_whole; the
--   name locked_subject is now a view over both, read as the user who reads it (security_invoker), so a lock reads
--   as before through the same row-level security, and what a user sees of a lock is unchanged.

ALTER TABLE locked_subject RENAME TO locked_subject_whole;
ALTER INDEX locked_subject_read RENAME TO locked_subject_whole_read;

CREATE TABLE subject_record (
    record_id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id         VARCHAR(64) NOT NULL,
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN     NOT NULL,
    sealed_case        VARCHAR(64),
    sealed_owner       VARCHAR(64),
    object_count       INT         NOT NULL,
    objects            TEXT        NOT NULL,
    current            BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE INDEX subject_record_subject ON subject_record (subject_id);

CREATE TABLE locked_record (
    lock_id   VARCHAR(64) NOT NULL,
    record_id BIGINT      NOT NULL REFERENCES subject_record (record_id),
    PRIMARY KEY (lock_id, record_id)
);
CREATE INDEX locked_record_record ON locked_record (record_id);

CREATE TABLE subject_record_stale (
    subject_id VARCHAR(64) PRIMARY KEY
);

-- -------------------------------------------------------------------------------------- records never change
-- A record is written once. The refresh may only mark a current record superseded, and delete a superseded record
-- that no lock refers to (the foreign key refuses deleting one a lock refers to, for every role); nothing changes
-- a record's subject, class or objects. A lock's list of records is never changed (as data_lock, schema 4).
CREATE FUNCTION tb_subject_record_fixed() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a subject record is never changed (a data lock may hold it): % refused', TG_OP
        USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER subject_record_content_fixed BEFORE UPDATE OF record_id, subject_id, site_id, reveals_allocation,
        sealed_case, sealed_owner, object_count, objects ON subject_record
    FOR EACH ROW EXECUTE FUNCTION tb_subject_record_fixed();
CREATE TRIGGER subject_record_superseded_once BEFORE UPDATE OF current ON subject_record
    FOR EACH ROW WHEN (NOT OLD.current OR NEW.current) EXECUTE FUNCTION tb_subject_record_fixed();
CREATE TRIGGER subject_record_current_kept BEFORE DELETE ON subject_record
    FOR EACH ROW WHEN (OLD.current) EXECUTE FUNCTION tb_subject_record_fixed();
CREATE TRIGGER subject_record_no_truncate BEFORE TRUNCATE ON subject_record
    FOR EACH STATEMENT EXECUTE FUNCTION tb_subject_record_fixed();
CREATE TRIGGER locked_record_append_only BEFORE UPDATE OR DELETE ON locked_record
    FOR EACH ROW EXECUTE FUNCTION tb_data_lock_append_only();
CREATE TRIGGER locked_record_no_truncate BEFORE TRUNCATE ON locked_record
    FOR EACH STATEMENT EXECUTE FUNCTION tb_data_lock_append_only();

-- ------------------------------------------------------------------------------------- keeping them current
-- The subjects whose objects a statement wrote (before and after an UPDATE: an object that moves to another
-- subject leaves the old one's records stale too).
CREATE FUNCTION tb_subject_records_stale() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO subject_record_stale (subject_id)
            SELECT DISTINCT n.subject_id FROM new_objects n WHERE n.subject_id IS NOT NULL
            ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO subject_record_stale (subject_id)
            SELECT n.subject_id FROM new_objects n WHERE n.subject_id IS NOT NULL
            UNION
            SELECT o.subject_id FROM old_objects o WHERE o.subject_id IS NOT NULL
            ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO subject_record_stale (subject_id)
            SELECT DISTINCT o.subject_id FROM old_objects o WHERE o.subject_id IS NOT NULL
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER clinical_object_records_inserted AFTER INSERT ON clinical_object
    REFERENCING NEW TABLE AS new_objects FOR EACH STATEMENT EXECUTE FUNCTION tb_subject_records_stale();
CREATE TRIGGER clinical_object_records_updated AFTER UPDATE ON clinical_object
    REFERENCING OLD TABLE AS old_objects NEW TABLE AS new_objects
    FOR EACH STATEMENT EXECUTE FUNCTION tb_subject_records_stale();
CREATE TRIGGER clinical_object_records_deleted AFTER DELETE ON clinical_object
    REFERENCING OLD TABLE AS old_objects FOR EACH STATEMENT EXECUTE FUNCTION tb_subject_records_stale();

-- Supersedes the stale subjects' records and builds them again from the live objects, one record per subject and
-- visibility class exactly as schema 16's lock built them. Returns how many subjects it refreshed.
CREATE FUNCTION tb_refresh_subject_records() RETURNS INT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    stale VARCHAR[];
BEGIN
    WITH taken AS (DELETE FROM subject_record_stale RETURNING subject_id)
    SELECT array_agg(taken.subject_id) INTO stale FROM taken;
    IF stale IS NULL THEN
        RETURN 0;
    END IF;
    UPDATE subject_record SET current = FALSE WHERE current AND subject_id = ANY (stale);
    DELETE FROM subject_record r
     WHERE NOT r.current AND r.subject_id = ANY (stale)
       AND NOT EXISTS (SELECT 1 FROM locked_record l WHERE l.record_id = r.record_id);
    INSERT INTO subject_record (subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, object_count,
                                objects)
        SELECT subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, COUNT(*),
               json_agg(json_build_array(id, object_type, parent_id, container_feature, ordinal, state)
                        ORDER BY ordinal, id)::TEXT
          FROM clinical_object
         WHERE deleted = FALSE AND subject_id = ANY (stale)
         GROUP BY subject_id, site_id, reveals_allocation, sealed_case, sealed_owner;
    RETURN cardinality(stale);
END
$$;

-- Every subject's records built anew from its objects: at the end of this migration, and after a copy written with
-- triggers off (the upgrade of an H2 store).
CREATE FUNCTION tb_rebuild_subject_records() RETURNS INT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO subject_record_stale (subject_id)
        SELECT DISTINCT subject_id FROM clinical_object WHERE subject_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    RETURN tb_refresh_subject_records();
END
$$;

-- At the end of the transaction: the first stale subject's event refreshes them all; the others find their
-- subject refreshed already (one look-up in the key each).
CREATE FUNCTION tb_subject_records_at_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM subject_record_stale WHERE subject_id = NEW.subject_id) THEN
        PERFORM tb_refresh_subject_records();
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER subject_record_stale_refreshed AFTER INSERT ON subject_record_stale
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tb_subject_records_at_commit();

-- ------------------------------------------------------------------------------------------ who reads what
-- Nobody but the definer functions writes the records, the stale marks or the locks' lists. Trial users read
-- records under the rules of their objects (schema 11's, as locked_subject's of schema 16), and a lock's list
-- only as far as they may read the record it names.
REVOKE ALL ON subject_record, locked_record, subject_record_stale FROM PUBLIC;
GRANT SELECT ON subject_record, locked_record TO trialbench_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON subject_record TO trialbench_definer;
GRANT SELECT, INSERT ON locked_record TO trialbench_definer;
GRANT SELECT, INSERT, DELETE ON subject_record_stale TO trialbench_definer;
ALTER TABLE subject_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY subject_record_visible ON subject_record TO trialbench_user
    USING ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)));
CREATE POLICY subject_record_definer ON subject_record TO trialbench_definer USING (TRUE) WITH CHECK (TRUE);
ALTER TABLE locked_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY locked_record_visible ON locked_record TO trialbench_user
    USING (EXISTS (SELECT 1 FROM subject_record r WHERE r.record_id = locked_record.record_id));
CREATE POLICY locked_record_definer ON locked_record TO trialbench_definer USING (TRUE) WITH CHECK (TRUE);

-- A lock's records as schema 16 stored them, whichever way the lock was stored.
CREATE VIEW locked_subject WITH (security_invoker = true) AS
    SELECT w.lock_id, w.subject_id, w.site_id, w.reveals_allocation, w.sealed_case, w.sealed_owner, w.object_count,
           w.objects
      FROM locked_subject_whole w
    UNION ALL
    SELECT l.lock_id, r.subject_id, r.site_id, r.reveals_allocation, r.sealed_case, r.sealed_owner, r.object_count,
           r.objects
      FROM locked_record l JOIN subject_record r ON r.record_id = l.record_id;
REVOKE ALL ON locked_subject FROM PUBLIC;
GRANT SELECT ON locked_subject TO trialbench_user, trialbench_definer;

-- ------------------------------------------------------------------------------------------------ the lock
-- Schema 16's lock (same checks, same anchor, same count of subjects) that lists the current records.
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
    -- the head's row lock keeps every writer out; what this transaction itself wrote is made current here
    PERFORM tb_refresh_subject_records();
    IF EXISTS (SELECT 1 FROM clinical_object o
                WHERE o.object_type = 'Subject' AND NOT o.deleted AND o.subject_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM subject_record r WHERE r.current AND r.subject_id = o.subject_id)) THEN
        RAISE EXCEPTION 'a subject has no current record (the store''s records were changed by hand); nothing was locked'
            USING ERRCODE = '55000';
    END IF;
    INSERT INTO locked_record (lock_id, record_id)
        SELECT p_lock_id, record_id FROM subject_record WHERE current;
    SELECT COUNT(*) INTO frozen FROM clinical_object
     WHERE deleted = FALSE AND subject_id IS NOT NULL AND object_type = 'Subject';
    INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects, audit_sequence, audit_hash)
        VALUES (p_lock_id, head.last_commit, p_locked_at, session_user, p_reason, frozen, head.last_sequence,
            head.last_hash);
    RETURN head.last_commit;
END
$$;

-- Every new function: owned by the definer role (as schema 12 made every definer), callable by it, by no one else.
DO $$
DECLARE
    f RECORD;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature, p.prosecdef
               FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace
                AND p.proname IN ('tb_subject_record_fixed', 'tb_subject_records_stale', 'tb_refresh_subject_records',
                                  'tb_subject_records_at_commit', 'tb_rebuild_subject_records') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.signature);
        IF f.prosecdef THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO trialbench_definer', f.signature);
        END IF;
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO trialbench_definer', f.signature);
    END LOOP;
END
$$;

-- The records of the trial as it stands.
SELECT tb_rebuild_subject_records();
