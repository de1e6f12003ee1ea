-- Data locks (V4) freeze clinical_object rows; since V6 those rows carry the adjudication review seal, so a
-- frozen row keeps it too, and reading a lock applies the same review seal as reading the live rows.
ALTER TABLE locked_object ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE locked_object ADD COLUMN sealed_owner VARCHAR(64);

DROP POLICY locked_object_visible ON locked_object;
CREATE POLICY locked_object_visible ON locked_object
    USING (tb_may_see(site_id, reveals_allocation) AND tb_may_see_review(sealed_case, sealed_owner));

CREATE OR REPLACE FUNCTION tb_lock_data(p_lock_id VARCHAR, p_locked_at TIMESTAMP WITH TIME ZONE, p_reason VARCHAR)
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
                               site_id, reveals_allocation, state, sealed_case, sealed_owner)
        SELECT p_lock_id, id, object_type, parent_id, container_feature, ordinal, subject_id, site_id,
               reveals_allocation, state, sealed_case, sealed_owner
          FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL;
    SELECT COUNT(*) INTO frozen FROM locked_object WHERE lock_id = p_lock_id AND object_type = 'Subject';
    INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects)
        VALUES (p_lock_id, head, p_locked_at, session_user, p_reason, frozen);
    RETURN head;
END
$$;
