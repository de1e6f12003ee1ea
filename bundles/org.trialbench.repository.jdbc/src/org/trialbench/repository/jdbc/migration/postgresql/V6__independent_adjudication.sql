-- Independent adjudication (server store): an adjudicator's review of a case, its signature and their audit
-- entries are sealed to the case and the review's author. Another adjudicator sees them only after submitting an
-- own review of the same case, enforced by the server's row-level security, so that not even a direct SQL
-- connection with an adjudicator's credentials shows a colleague's decision before the own one is in.
ALTER TABLE app_user ADD COLUMN independent_reviewer BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE clinical_object ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE clinical_object ADD COLUMN sealed_owner VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN sealed_owner VARCHAR(64);
CREATE INDEX clinical_object_sealed ON clinical_object (sealed_owner, object_type);

-- Stores created before schema 6: adjudicators and reviews already there.
UPDATE app_user SET independent_reviewer = TRUE WHERE user_id IN (SELECT id FROM clinical_object
    WHERE object_type = 'User' AND state ~ '(?n)^roles=.*adjudicator');
UPDATE clinical_object SET sealed_case = parent_id,
    sealed_owner = substring(state FROM '(?n)^adjudicator=(.*)$')
    WHERE object_type = 'AdjudicationReview';
UPDATE clinical_object s SET sealed_case = r.sealed_case, sealed_owner = r.sealed_owner
    FROM clinical_object r
    WHERE s.object_type = 'Signature' AND s.subject_id IS NULL AND r.id = s.parent_id;
-- The seal is access metadata outside the hashed fields (the chain stays intact); only this migration, run by
-- the owner, may fill it in for entries that already exist.
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
UPDATE audit_entry a SET sealed_case = o.sealed_case, sealed_owner = o.sealed_owner
    FROM clinical_object o
    WHERE a.object_type IN ('AdjudicationReview', 'Signature') AND a.subject_id IS NULL AND o.id = a.object_id;
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;

CREATE FUNCTION tb_may_see_review(row_case VARCHAR, row_owner VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT row_case IS NULL OR COALESCE((
        SELECT NOT u.independent_reviewer OR u.user_id = row_owner
               OR EXISTS (SELECT 1 FROM clinical_object r
                           WHERE r.object_type = 'AdjudicationReview' AND r.parent_id = row_case
                             AND r.sealed_owner = u.user_id AND NOT r.deleted)
          FROM app_user u
         WHERE u.username = session_user AND u.active), FALSE)
$$;

DROP POLICY clinical_object_visible ON clinical_object;
CREATE POLICY clinical_object_visible ON clinical_object
    USING (tb_may_see(site_id, reveals_allocation) AND tb_may_see_review(sealed_case, sealed_owner))
    WITH CHECK (tb_may_see(site_id, reveals_allocation) AND tb_may_see_review(sealed_case, sealed_owner));

DROP POLICY audit_entry_visible ON audit_entry;
CREATE POLICY audit_entry_visible ON audit_entry
    USING (tb_may_see(site_id, reveals_allocation) AND tb_may_see_review(sealed_case, sealed_owner))
    WITH CHECK (tb_may_see(site_id, reveals_allocation) AND tb_may_see_review(sealed_case, sealed_owner));

GRANT SELECT (independent_reviewer) ON app_user TO trialbench_user;
REVOKE ALL ON FUNCTION tb_may_see_review(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_may_see_review(VARCHAR, VARCHAR) TO trialbench_user;
