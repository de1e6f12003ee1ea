-- Schema 19 (server store): a trial whose protocol has no arms can be written to.
--
-- Schema 12's tb_commit_begin took "no arm in protocol_element" for "the protocol's blinding was never stored" (a
-- store loaded before schema 12 whose owner has not run server-init yet) and refused every commit. A trial set up
-- from a file without randomization (import-odm --new-trial of a REDCap or OpenClinica project) has no arms, so
-- nothing could be written to it on PostgreSQL, which the embedded store now is. The store now records that the
-- blinding was stored (store_info 'protocol.blinding', written with protocol_element from the stored protocol by
-- the owner: trial load, server-init, every open with the owner's credentials); arms still count as that record for
-- stores whose blinding was stored before schema 19. Only that condition differs from schema 12's function.

CREATE OR REPLACE FUNCTION tb_commit_begin(p_reason VARCHAR, p_import BOOLEAN, OUT commit_id BIGINT,
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
       AND NOT EXISTS (SELECT 1 FROM store_info WHERE name = 'protocol.blinding')
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
