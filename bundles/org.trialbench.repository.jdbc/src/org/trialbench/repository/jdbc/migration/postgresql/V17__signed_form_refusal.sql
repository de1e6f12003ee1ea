-- Schema 17 (server store): what a form's signature covers stays as it was signed until the signature is withdrawn
-- (21 CFR Part 11). Before, only the CRF editor refused a change under a signed form; the signature's record hash
-- showed such a change afterwards. Now the store refuses it, whoever sends it and by whichever path.
--
-- Under a form whose signature stood when the commit began, a commit may not
--   - change an item value's value, missing code or anything else but its verification (sdvState, verifiedBy,
--     verifiedAt: a monitor verifies signed forms), nor add or remove an item value;
--   - change the form record itself (its status only in the commit that withdraws the signature, and never to
--     signed), delete it, or add a second signature to it.
-- Queries and their messages hang under the item values, not under the form, and stay open to their writers.
-- The correction path: the signer or the site's principal investigator withdraws the signature with a reason
-- (schema 15), in its own commit; then the values are corrected with reasons for change and the form is signed
-- again. A signature withdrawn in the same commit still counts as standing, so a withdrawal and a change are
-- never one step. WritePolicy.signedFormRefusal in Java holds the same rule for the embedded store.
--
-- tb_refusal (schemas 12, 15) judges one row by its type, place and feature; it does not know the row's form.
-- So the rule is checked for the whole call before either commit path runs: tb_commit_write is now a short
-- function that applies it and then hands the call to schema 14's function, kept unchanged as
-- tb_commit_write_setwise (which writes set-wise or hands over to tb_commit_write_each as before). A call that
-- changes a value under a signed form therefore never reaches the set-wise path, nor the other.

-- A form's signatures, found without reading the form's item values (the parent index lists them all).
CREATE INDEX clinical_object_form_signature ON clinical_object (parent_id) WHERE object_type = 'Signature';

-- The first operation of a call that the signed-form rule refuses, as the message to raise, or NULL. Only rows the
-- caller may see are judged: a row the caller may not see is refused by the commit path as not visible, with the
-- same words as a row that does not exist. p_commit is the open commit's number: a signature row written in it
-- (created or withdrawn) has it as last_commit.
CREATE FUNCTION tb_signed_form_refusal(p_viewer tb_viewer_access, p_commit BIGINT, p_kinds VARCHAR[],
        p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[], p_features VARCHAR[], p_news VARCHAR[])
    RETURNS VARCHAR LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- PL/pgSQL keeps the statement's plan for the session; an SQL function would plan it at every call
    RETURN (WITH op AS (
        SELECT u.ord, u.kind, u.id, u.type, u.feature, u.new,
               CASE WHEN u.kind = 'create' THEN u.parent ELSE u.id END AS target
          FROM unnest(p_kinds, p_ids, p_types, p_parents, p_features, p_news) WITH ORDINALITY
            AS u(kind, id, type, parent, feature, new, ord)
         WHERE u.kind IN ('create', 'change', 'delete')
    ), t AS ( -- the row an operation writes (a new row: its parent) where it is a form or one of its values
        SELECT op.*, o.object_type, o.state,
               CASE WHEN o.object_type = 'FormRecord' THEN o.id ELSE o.parent_id END AS form_id
          FROM op JOIN clinical_object o ON o.id = op.target
         WHERE NOT o.deleted
           AND (o.object_type = 'FormRecord' OR (o.object_type = 'ItemValue' AND op.kind <> 'create'))
           AND tb_visible(p_viewer, o.site_id, o.reveals_allocation, o.sealed_case, o.sealed_owner)
    ), signed AS MATERIALIZED ( -- the signature of each such form that stood when the commit began
        SELECT f.form_id, s.id AS signature_id, s.state AS signature,
               s.deleted AND s.last_commit = p_commit AS withdrawn_here
          FROM (SELECT DISTINCT t.form_id FROM t) f
          JOIN clinical_object s ON s.parent_id = f.form_id AND s.object_type = 'Signature'
         WHERE (NOT s.deleted AND s.last_commit < p_commit) OR (s.deleted AND s.last_commit = p_commit)
    )
    SELECT 'Not saved: ' || session_user || ' may not '
           || CASE WHEN t.kind = 'create' AND t.type = 'ItemValue' THEN 'add a value of '
                       || COALESCE(tb_state_raw(t.new, 'definition'), t.id) || ' to'
                   WHEN t.kind = 'create' THEN 'add a ' || COALESCE(t.type, 'record') || ' to'
                   WHEN t.object_type = 'FormRecord' AND t.kind = 'delete' THEN 'delete'
                   WHEN t.object_type = 'FormRecord' THEN 'change ' || COALESCE(t.feature, 'NULL') || ' of'
                   WHEN t.kind = 'delete' THEN 'remove the value of ' || COALESCE(tb_state_raw(t.state, 'definition'),
                       t.id) || ' from'
                   ELSE 'change ' || COALESCE(t.feature, 'NULL') || ' of ' || COALESCE(tb_state_raw(t.state,
                       'definition'), t.id) || ' on' END
           || ' form ' || COALESCE(tb_state_raw(f.state, 'definition'), f.id) || ' of subject '
           || COALESCE(tb_state_raw(subject.state, 'screeningNumber'), f.subject_id, '(none)')
           || ': the form is signed by ' || COALESCE(tb_state_raw(g.signature, 'signerName'),
               tb_state_raw(g.signature, 'signer'), 'its signer')
           || COALESCE(' at ' || tb_state_raw(g.signature, 'signedAt'), '')
           || '; withdraw the signature first (the signer or the site''s principal investigator, with a reason, in '
           || 'a commit of its own), then correct the form and sign it again (' || t.id || ')'
      FROM t
      JOIN signed g ON g.form_id = t.form_id
      JOIN clinical_object f ON f.id = t.form_id
      LEFT JOIN clinical_object subject ON subject.id = f.subject_id AND subject.object_type = 'Subject'
     WHERE NOT ( -- what stays open under a signed form
            (t.kind = 'change' AND tb_state_raw(t.state, t.feature) IS NOT DISTINCT FROM tb_escape(t.new))
            OR (t.kind = 'change' AND t.object_type = 'ItemValue'
                AND t.feature IN ('sdvState', 'verifiedBy', 'verifiedAt'))
            OR (t.kind = 'change' AND t.object_type = 'FormRecord' AND t.feature = 'status'
                AND t.new IS DISTINCT FROM 'signed'
                AND (g.withdrawn_here OR g.signature_id IN (SELECT d.id FROM unnest(p_kinds, p_ids) AS d(kind, id)
                                                           WHERE d.kind = 'delete'))))
     ORDER BY t.ord
     LIMIT 1);
END
$$;
REVOKE ALL ON FUNCTION tb_signed_form_refusal(tb_viewer_access, BIGINT, VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[],
    VARCHAR[], VARCHAR[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_signed_form_refusal(tb_viewer_access, BIGINT, VARCHAR[], VARCHAR[], VARCHAR[],
    VARCHAR[], VARCHAR[], VARCHAR[]) TO trialbench_definer, trialbench_roles;

-- Schema 14's commit function, unchanged, under its own name; only the new tb_commit_write calls it.
ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) RENAME TO tb_commit_write_setwise;
REVOKE ALL ON FUNCTION tb_commit_write_setwise(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[],
    VARCHAR[], VARCHAR[], VARCHAR[]) FROM PUBLIC, trialbench_user, trialbench_statistician;

-- Writes part of the open commit (the arguments of schema 12, see tb_commit_write_each): refuses the call when it
-- would change what a standing form signature covers, else writes it as schema 14 did. The rule is judged only
-- inside the caller's open commit (whose chain head this transaction holds, so no signature comes or goes
-- meanwhile), for an active user and well-formed arrays; otherwise tb_commit_write_setwise refuses the call with
-- schema 12's words.
CREATE FUNCTION tb_commit_write(p_kinds VARCHAR[], p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[],
        p_containers VARCHAR[], p_ordinals INT[], p_features VARCHAR[], p_olds VARCHAR[], p_news VARCHAR[])
    RETURNS INT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    viewer tb_viewer_access;
    n INT := COALESCE(array_length(p_kinds, 1), 0);
    refusal_ VARCHAR;
BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 1;
    IF head.open_txid = txid_current() AND head.open_user = session_user AND n BETWEEN 1 AND 100000
       AND COALESCE(array_length(p_ids, 1), 0) = n AND COALESCE(array_length(p_types, 1), 0) = n
       AND COALESCE(array_length(p_parents, 1), 0) = n AND COALESCE(array_length(p_features, 1), 0) = n
       AND COALESCE(array_length(p_news, 1), 0) = n THEN
        viewer := tb_viewer();
        IF viewer.active THEN
            refusal_ := tb_signed_form_refusal(viewer, head.last_commit + 1, p_kinds, p_ids, p_types, p_parents,
                p_features, p_news);
            IF refusal_ IS NOT NULL THEN
                RAISE EXCEPTION '%', refusal_ USING ERRCODE = '42501';
            END IF;
        END IF;
    END IF;
    RETURN tb_commit_write_setwise(p_kinds, p_ids, p_types, p_parents, p_containers, p_ordinals, p_features,
        p_olds, p_news);
END
$$;
ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) OWNER TO trialbench_definer;
REVOKE ALL ON FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[],
    VARCHAR[], VARCHAR[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[],
    VARCHAR[], VARCHAR[]) TO trialbench_user, trialbench_definer, trialbench_roles;
