-- Independent adjudication (embedded store): an adjudicator's review of a case, its signature and their audit
-- entries are sealed to the case and the review's author. Another adjudicator sees them only after submitting an
-- own review of the same case; JdbcTrialSession applies the rule (PostgreSQL enforces it with row-level security).
ALTER TABLE app_user ADD COLUMN independent_reviewer BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE clinical_object ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE clinical_object ADD COLUMN sealed_owner VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN sealed_owner VARCHAR(64);
CREATE INDEX clinical_object_sealed ON clinical_object (sealed_owner, object_type);

-- Stores created before schema 6: adjudicators and reviews already there.
UPDATE app_user SET independent_reviewer = TRUE WHERE user_id IN (SELECT id FROM clinical_object
    WHERE object_type = 'User' AND REGEXP_LIKE(state, '^roles=.*adjudicator', 'm'));
UPDATE clinical_object SET sealed_case = parent_id,
    sealed_owner = REGEXP_SUBSTR(state, '^adjudicator=(.*)$', 1, 1, 'm', 1)
    WHERE object_type = 'AdjudicationReview';
UPDATE clinical_object s SET
    sealed_case = (SELECT r.sealed_case FROM clinical_object r WHERE r.id = s.parent_id),
    sealed_owner = (SELECT r.sealed_owner FROM clinical_object r WHERE r.id = s.parent_id)
    WHERE s.object_type = 'Signature' AND s.subject_id IS NULL;
-- The seal is access metadata outside the hashed fields, so the audit chain stays intact.
UPDATE audit_entry a SET
    sealed_case = (SELECT o.sealed_case FROM clinical_object o WHERE o.id = a.object_id),
    sealed_owner = (SELECT o.sealed_owner FROM clinical_object o WHERE o.id = a.object_id)
    WHERE a.object_type IN ('AdjudicationReview', 'Signature') AND a.subject_id IS NULL;
