-- Schema 18 (server store): the signing lock (schema 9) and a form's sign-off (schema 15) are checked once per
-- INSERT statement instead of once per signature row.
--
-- Both were row triggers on clinical_object, each a PL/pgSQL call for every new signature; the signing lock's also
-- called tb_signing_locked(), a definer function that is never inlined, for the same app_user row each
-- time. A trial's load inserts about 17 signatures per subject, so the two cost 12.8 s of the 164 s load of the
-- 10,000-subject demo trial (BENCHMARKS.md). Now each is a statement trigger that sees the statement's new rows as
-- a transition table and checks them together: the signing lock once if any new row is a signature, the sign-off
-- with one query over the statement's new form signatures. Both refuse what they refused before, with the same
-- messages; a statement of many rows with one refused signature is refused as a whole, as before. The check now
-- runs after the statement's rows are written (the whole statement is undone), so an error of a row itself (a
-- duplicate id, a policy of row-level security) is reported first. A signature's withdrawal (an UPDATE, rare)
-- stays checked per row by schema 15's function.

-- The signing lock: refuses a statement that adds a signature while the session's user has signing locked. No
-- definer itself: it asks schema 9's tb_signing_locked(), a definer, once per statement.
CREATE FUNCTION tb_refuse_locked_signatures() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_objects WHERE object_type = 'Signature') AND tb_signing_locked() THEN
        RAISE EXCEPTION 'signing is locked for % after 3 wrong passwords; nothing was signed', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION tb_refuse_locked_signatures() FROM PUBLIC;

DROP TRIGGER clinical_object_signing_lock ON clinical_object;
CREATE TRIGGER clinical_object_signing_lock AFTER INSERT ON clinical_object
    REFERENCING NEW TABLE AS new_objects FOR EACH STATEMENT EXECUTE FUNCTION tb_refuse_locked_signatures();

-- WritePolicy.signOffRefusal for new form signatures, as schema 15's tb_form_sign_off does for one: in a trial
-- user's own commit (not a data import, not the owner's load), only the principal investigator of a form's site
-- signs it. The first refused signature of the statement (by id) is named.
CREATE FUNCTION tb_form_sign_off_inserted() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    writer VARCHAR;
    refused VARCHAR;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM new_objects WHERE object_type = 'Signature' AND subject_id IS NOT NULL)
       OR NOT EXISTS (SELECT 1 FROM audit_head WHERE id = 1 AND open_txid = txid_current()
                      AND open_user = session_user AND NOT open_import) THEN
        RETURN NULL;
    END IF;
    SELECT user_id INTO writer FROM app_user WHERE username = session_user;
    SELECT n.id INTO refused
      FROM new_objects n
      LEFT JOIN clinical_object s ON s.id = n.site_id AND s.object_type = 'Site'
     WHERE n.object_type = 'Signature' AND n.subject_id IS NOT NULL
       AND writer IS DISTINCT FROM tb_state_raw(s.state, 'principalInvestigator')
     ORDER BY n.id
     LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'Not saved: % is not the principal investigator of the form''s site: only the principal investigator signs a site''s forms (%)', session_user, refused USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION tb_form_sign_off_inserted() FROM PUBLIC;

-- schema 15's trigger kept for withdrawals only; its function is unchanged (it also still handles an INSERT)
DROP TRIGGER clinical_object_form_sign_off ON clinical_object;
CREATE TRIGGER clinical_object_form_sign_off BEFORE UPDATE OF deleted ON clinical_object
    FOR EACH ROW WHEN (NEW.object_type = 'Signature' AND NEW.subject_id IS NOT NULL)
    EXECUTE FUNCTION tb_form_sign_off();
-- named so that it fires before the signing lock, as schema 15's row trigger did (triggers fire by name)
CREATE TRIGGER clinical_object_form_sign_off_insert AFTER INSERT ON clinical_object
    REFERENCING NEW TABLE AS new_objects FOR EACH STATEMENT EXECUTE FUNCTION tb_form_sign_off_inserted();
