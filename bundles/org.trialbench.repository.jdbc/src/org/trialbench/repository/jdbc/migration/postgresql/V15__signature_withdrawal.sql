-- Schema 15 (server store): a form's signature can be withdrawn, so that a signed form can be corrected and signed
-- again (21 CFR Part 11: the signature stays bound to what was signed; a correction after signing is a new
-- signature, and the withdrawal is audited with who, when and why).
--
-- A withdrawal deletes the form's signature row in an ordinary commit, which needs a reason for changing saved
-- data; the audit entry of the deletion keeps the signature as it was (signer, time, meaning, record hash), and the
-- commit's user, time and reason say who withdrew it, when and why. WritePolicy.refusal and signOffRefusal in Java
-- hold the same rules.

-- WritePolicy.refusal: investigators at the form's site sign a form and withdraw its signature; nobody edits a
-- form's signature; adjudicators and administrators keep their rights on adjudication decisions' signatures only.
-- The same signature as schema 12's, so tb_commit_write calls it unchanged.
CREATE OR REPLACE FUNCTION tb_refusal(p_roles VARCHAR[], p_sites VARCHAR[], p_type VARCHAR, p_subject VARCHAR,
        p_site VARCHAR, p_feature VARCHAR, p_status VARCHAR, p_kind VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql
        IMMUTABLE AS $$
DECLARE
    sdv_feature BOOLEAN := p_feature IN ('sdvState', 'verifiedBy', 'verifiedAt');
    at_own_site BOOLEAN := p_site IS NOT NULL AND p_site = ANY (p_sites);
    query_type BOOLEAN := p_type IN ('Query', 'QueryMessage');
    form_signature BOOLEAN := p_type = 'Signature' AND p_subject IS NOT NULL;
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
    IF form_signature AND p_feature NOT IN ('(created)', '(deleted)') THEN
        RETURN 'not allowed to change ' || p_feature || ' of a form''s signature: a signature is withdrawn with a '
            || 'reason and the form signed again, never edited';
    END IF;
    FOREACH role_ IN ARRAY p_roles LOOP
        IF (role_ = 'investigator' AND at_own_site AND NOT sdv_feature AND NOT trial_type
                AND (NOT adjudication_type OR form_signature) AND NOT decides_query)
           OR (role_ = 'monitor' AND at_own_site AND (query_type
                OR (p_type IN ('ItemValue', 'Subject', 'AdverseEvent') AND sdv_feature)))
           OR (role_ = 'safety' AND p_subject IS NOT NULL AND NOT sdv_feature
                AND p_type IN ('AdverseEvent', 'MeddraCoding', 'Query', 'QueryMessage'))
           OR (role_ = 'dataManager' AND query_type)
           OR (role_ = 'adjudicator' AND CASE WHEN p_type = 'AdjudicationCase'
                THEN p_feature IN ('status', 'finalDecision', 'resolution', 'closedAt')
                ELSE adjudication_type AND NOT form_signature END)
           OR (role_ = 'administrator' AND (trial_type OR (adjudication_type AND NOT form_signature))) THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN 'a user with the roles ' || array_to_string(p_roles, ', ') || ' may not change ' || p_feature
        || ' of a ' || p_type;
END
$$;

-- WritePolicy.signOffRefusal: of the site's investigators, the principal investigator signs the site's forms, and
-- only the signer or the principal investigator withdraws a form's signature. tb_refusal knows roles and sites, not
-- who the principal investigator is, so this is checked where the row is written: for a trial user's own commit
-- (a data import carries the source's signatures as the source recorded them; the owner's trial load is no commit).
CREATE FUNCTION tb_form_sign_off() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    writer VARCHAR;
    principal VARCHAR;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_head WHERE id = 1 AND open_txid = txid_current()
                   AND open_user = session_user AND NOT open_import) THEN
        RETURN NEW;
    END IF;
    SELECT user_id INTO writer FROM app_user WHERE username = session_user;
    SELECT tb_state_raw(s.state, 'principalInvestigator') INTO principal FROM clinical_object s
     WHERE s.id = NEW.site_id AND s.object_type = 'Site';
    IF TG_OP = 'INSERT' THEN
        IF writer IS DISTINCT FROM principal THEN
            RAISE EXCEPTION 'Not saved: % is not the principal investigator of the form''s site: only the principal investigator signs a site''s forms (%)', session_user, NEW.id USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.deleted AND NOT OLD.deleted AND writer IS DISTINCT FROM principal
          AND writer IS DISTINCT FROM tb_state_raw(OLD.state, 'signer') THEN
        RAISE EXCEPTION 'Not saved: % is neither the signer nor the principal investigator of the form''s site: only they withdraw a form''s signature (%)', session_user, OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION tb_form_sign_off() FROM PUBLIC;
CREATE TRIGGER clinical_object_form_sign_off BEFORE INSERT OR UPDATE OF deleted ON clinical_object
    FOR EACH ROW WHEN (NEW.object_type = 'Signature' AND NEW.subject_id IS NOT NULL)
    EXECUTE FUNCTION tb_form_sign_off();
