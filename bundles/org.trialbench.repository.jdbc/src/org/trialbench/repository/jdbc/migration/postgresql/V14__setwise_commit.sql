-- Schema 14 (server store only): a form's corrections are checked and written set-wise.
--
-- Schema 12's tb_commit_write works through a call one operation at a time: a statement to read each row, then
-- the state text merge, the write policy and the audit entry of each value, each a few PL/pgSQL statements. For a
-- CRF correction of 60 values that was most of the commit's time in the server (BENCHMARKS.md). A call that only
-- changes values of existing rows (the common case) is now checked and prepared by one statement; only the audit
-- chain's hashes, which each depend on the one before, are still computed one after the other. Every other call,
-- and any call in which something is refused or in conflict, is handed to schema 12's function, kept unchanged
-- under the name tb_commit_write_each, which names the first failing operation as before.

-- The state with one feature set to a raw text (NULL removes it); a new feature is appended. The same result as
-- schema 12's PL/pgSQL version, as one SQL expression that PostgreSQL inlines into the calling statement.
CREATE OR REPLACE FUNCTION tb_state_put(p_state VARCHAR, p_feature VARCHAR, p_raw VARCHAR) RETURNS VARCHAR
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN strpos(E'\n' || p_state, E'\n' || p_feature || '=') = 0
            THEN p_state || CASE WHEN p_raw IS NULL THEN '' ELSE p_feature || '=' || p_raw || E'\n' END
        WHEN strpos(substr(p_state, strpos(E'\n' || p_state, E'\n' || p_feature || '=')), E'\n') = 0
            THEN substr(p_state, 1, strpos(E'\n' || p_state, E'\n' || p_feature || '=') - 1)
                || CASE WHEN p_raw IS NULL THEN '' ELSE p_feature || '=' || p_raw || E'\n' END
        ELSE substr(p_state, 1, strpos(E'\n' || p_state, E'\n' || p_feature || '=') - 1)
            || CASE WHEN p_raw IS NULL THEN '' ELSE p_feature || '=' || p_raw || E'\n' END
            || substr(p_state, strpos(E'\n' || p_state, E'\n' || p_feature || '=')
                + strpos(substr(p_state, strpos(E'\n' || p_state, E'\n' || p_feature || '=')), E'\n'))
        END
$$;

-- The state with several features set in order (tb_state_put for each).
CREATE FUNCTION tb_state_put_all(p_state VARCHAR, p_features VARCHAR[], p_raws VARCHAR[]) RETURNS VARCHAR
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    state_ VARCHAR := p_state;
BEGIN
    FOR k IN 1 .. COALESCE(cardinality(p_features), 0) LOOP
        state_ := tb_state_put(state_, p_features[k], p_raws[k]);
    END LOOP;
    RETURN state_;
END
$$;
-- a helper like schema 12's: no search path of its own (it runs inside the pinned definers), not for users
REVOKE ALL ON FUNCTION tb_state_put_all(VARCHAR, VARCHAR[], VARCHAR[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_state_put_all(VARCHAR, VARCHAR[], VARCHAR[]) TO trialbench_definer, trialbench_roles;

-- The signing lock (schema 9) concerns signatures only; the trigger's WHEN clause is evaluated without calling the
-- trigger's function, which spares every other new row the call (a trial's load inserts millions of rows).
DROP TRIGGER clinical_object_signing_lock ON clinical_object;
CREATE TRIGGER clinical_object_signing_lock BEFORE INSERT ON clinical_object
    FOR EACH ROW WHEN (NEW.object_type = 'Signature') EXECUTE FUNCTION tb_refuse_locked_signature();

-- Schema 12's commit function, unchanged, under its own name: it works through a call one operation at a time.
-- Only the new tb_commit_write calls it; a user cannot.
ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) RENAME TO tb_commit_write_each;
REVOKE ALL ON FUNCTION tb_commit_write_each(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[],
    VARCHAR[], VARCHAR[]) FROM PUBLIC, trialbench_user, trialbench_statistician;

-- Writes part of the open commit, with the arguments of schema 12 (see tb_commit_write_each). A call that only
-- changes values of existing rows, each row's changes next to each other and each feature once, is checked and
-- prepared by one statement. It is written here only when every operation passes every check
-- tb_commit_write_each would make; otherwise, and for every other call, tb_commit_write_each does the whole call
-- and names what it refuses. Both ways store the same rows and the same audit entries in the same order.
CREATE FUNCTION tb_commit_write(p_kinds VARCHAR[], p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[],
        p_containers VARCHAR[], p_ordinals INT[], p_features VARCHAR[], p_olds VARCHAR[], p_news VARCHAR[])
    RETURNS INT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    writer app_user%ROWTYPE;
    viewer tb_viewer_access;
    n INT := COALESCE(array_length(p_kinds, 1), 0);
    seq BIGINT;
    hash_ VARCHAR;
    commit_ BIGINT;
    at_text VARCHAR;
    me VARCHAR := session_user;
    subjects VARCHAR[];
    fast BOOLEAN;
    na INT;
    a_seq BIGINT[] := '{}';
    a_reason VARCHAR[];
    a_object VARCHAR[];
    a_type VARCHAR[];
    a_feature VARCHAR[];
    a_old VARCHAR[];
    a_new VARCHAR[];
    a_subject VARCHAR[];
    a_site VARCHAR[];
    a_reveals BOOLEAN[];
    a_case VARCHAR[];
    a_owner VARCHAR[];
    a_hash VARCHAR[] := '{}';
    u_id VARCHAR[];
    u_state VARCHAR[];
    added_subjects VARCHAR[];
BEGIN
    IF n = 0 OR n > 100000 OR EXISTS (SELECT 1 FROM unnest(p_kinds) AS o(kind) WHERE o.kind IS DISTINCT FROM 'change')
       OR COALESCE(array_length(p_ids, 1), 0) <> n OR COALESCE(array_length(p_types, 1), 0) <> n
       OR COALESCE(array_length(p_features, 1), 0) <> n OR COALESCE(array_length(p_olds, 1), 0) <> n
       OR COALESCE(array_length(p_news, 1), 0) <> n OR COALESCE(array_length(p_parents, 1), 0) <> n
       OR COALESCE(array_length(p_containers, 1), 0) <> n OR COALESCE(array_length(p_ordinals, 1), 0) <> n THEN
        RETURN tb_commit_write_each(p_kinds, p_ids, p_types, p_parents, p_containers, p_ordinals, p_features,
            p_olds, p_news);
    END IF;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    SELECT * INTO writer FROM app_user WHERE username = session_user AND active;
    viewer := tb_viewer();
    IF head.open_txid IS DISTINCT FROM txid_current() OR head.open_user IS DISTINCT FROM session_user
       OR NOT head.open_reason_given OR writer.username IS NULL OR NOT viewer.active THEN
        RETURN tb_commit_write_each(p_kinds, p_ids, p_types, p_parents, p_containers, p_ordinals, p_features,
            p_olds, p_news);
    END IF;
    subjects := head.open_subjects;
        WITH op AS (
            SELECT u.ord, u.id, u.type, u.feature, u.old, u.new, tb_escape(u.old) AS o_raw,
                   tb_escape(u.new) AS n_raw, u.id IS DISTINCT FROM lag(u.id) OVER (ORDER BY u.ord) AS starts_run
              FROM unnest(p_ids, p_types, p_features, p_olds, p_news) WITH ORDINALITY
                AS u(id, type, feature, old, new, ord)
        ), jo AS (
            SELECT op.*, o.id IS NOT NULL AS found, o.object_type, o.subject_id, o.site_id, o.reveals_allocation,
                   o.sealed_case, o.sealed_owner, o.state, o.deleted, tb_state_raw(o.state, op.feature) AS stored,
                   tb_state_raw(o.state, op.feature) IS DISTINCT FROM op.n_raw AS effective
              FROM op LEFT JOIN clinical_object o ON o.id = op.id
        ), g AS ( -- per row: its run of operations, its effective changes in order, what its new state says
            SELECT jo.id, jo.object_type, jo.subject_id, jo.site_id, jo.reveals_allocation, jo.sealed_case, jo.sealed_owner,
                   jo.state, count(*) FILTER (WHERE jo.starts_run) AS runs, count(*) AS ops,
                   count(DISTINCT jo.feature) AS features,
                   array_agg(jo.feature ORDER BY jo.ord) FILTER (WHERE jo.effective) AS feats,
                   array_agg(jo.n_raw ORDER BY jo.ord) FILTER (WHERE jo.effective) AS raws,
                   max(jo.ord) FILTER (WHERE jo.effective) AS last_effective,
                   bool_or(jo.effective AND jo.feature = 'status') AS sets_status,
                   max(jo.n_raw) FILTER (WHERE jo.effective AND jo.feature = 'status') AS new_status,
                   bool_or(jo.effective AND jo.feature = 'kind') AS sets_kind,
                   max(jo.n_raw) FILTER (WHERE jo.effective AND jo.feature = 'kind') AS new_kind,
                   bool_or(jo.effective AND jo.feature = 'sdvState') AS sets_sdv,
                   -- a verified value that changes is no longer verified (SdvReopening in Java)
                   bool_or(jo.effective AND jo.feature = ANY (CASE jo.object_type
                           WHEN 'ItemValue' THEN ARRAY['value', 'missingCode']::VARCHAR[]
                           WHEN 'Subject' THEN ARRAY['consentDate', 'consentVersion']::VARCHAR[]
                           WHEN 'AdverseEvent' THEN ARRAY['verbatimTerm', 'onsetDate', 'resolutionDate', 'ongoing',
                               'ctcaeGrade', 'asgeSeverity', 'agreeGrade', 'serious', 'seriousnessCriteria',
                               'relationship', 'actionTaken', 'outcome', 'awareAt']::VARCHAR[]
                           ELSE '{}'::VARCHAR[] END)) AS clinical_change
              FROM jo
             GROUP BY jo.id, jo.object_type, jo.subject_id, jo.site_id, jo.reveals_allocation, jo.sealed_case,
                   jo.sealed_owner, jo.state
        ), r AS (
            SELECT g.*, tb_state_raw(g.state, 'sdvState') = 'verified' AND NOT g.sets_sdv AND g.clinical_change
                       AS reopen,
                   CASE WHEN g.sets_status THEN g.new_status ELSE tb_state_raw(g.state, 'status') END AS status,
                   CASE WHEN g.sets_kind THEN g.new_kind ELSE tb_state_raw(g.state, 'kind') END AS kind,
                   CASE WHEN g.feats IS NULL THEN NULL
                        WHEN cardinality(g.feats) = 1 THEN tb_state_put(g.state, g.feats[1], g.raws[1])
                        ELSE tb_state_put_all(g.state, g.feats, g.raws) END AS merged
              FROM g
        ), policy AS MATERIALIZED ( -- the write policy once for each kind of change (a form's values are all one kind)
            SELECT p.*, tb_refusal(writer.roles, viewer.sites, p.object_type, p.subject_id, p.site_id, p.feature,
                       p.status, p.kind) IS NULL
                   OR (head.open_import AND tb_import_refusal(writer.roles, writer.blinded, p.subject_id,
                       p.reveals_allocation, p.object_type, p.feature) IS NULL) AS allowed
              FROM (SELECT DISTINCT jo.object_type, jo.subject_id, jo.site_id, jo.reveals_allocation, jo.feature,
                           r.status, r.kind
                      FROM jo JOIN r ON r.id = jo.id WHERE jo.effective AND jo.found) p
        ), checked AS (
            -- the same rules for ids and feature names as below, with the length checked apart (a bounded
            -- repetition in a regular expression costs many times more)
            SELECT COALESCE(length(jo.id) <= 64 AND jo.id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]*$'
                   AND length(jo.feature) <= 64 AND jo.feature ~ '^[A-Za-z][A-Za-z0-9]*$'
                   AND jo.found AND NOT jo.deleted AND jo.object_type = jo.type
                   AND jo.object_type NOT IN ('User', 'Allocation')
                   AND tb_visible(viewer, jo.site_id, jo.reveals_allocation, jo.sealed_case, jo.sealed_owner)
                   AND r.runs = 1 AND r.ops = r.features
                   AND (NOT jo.effective OR (jo.stored IS NOT DISTINCT FROM jo.o_raw
                       AND NOT ((jo.feature = 'definition' AND jo.object_type IN ('FormRecord', 'ItemValue'))
                                OR (jo.feature = 'subject' AND jo.object_type = 'AdjudicationCase'))
                       AND EXISTS (SELECT 1 FROM policy p WHERE p.allowed AND p.object_type = jo.object_type
                           AND p.subject_id IS NOT DISTINCT FROM jo.subject_id
                           AND p.site_id IS NOT DISTINCT FROM jo.site_id
                           AND p.reveals_allocation = jo.reveals_allocation AND p.feature = jo.feature
                           AND p.status IS NOT DISTINCT FROM r.status AND p.kind IS NOT DISTINCT FROM r.kind))), FALSE)
                       AS ok
              FROM jo JOIN r ON r.id = jo.id
        ), a AS ( -- the audit entries in order: each effective change, then its row's re-opened verification
            SELECT jo.ord AS k1, 0 AS k2, head.open_reason AS reason, jo.id, jo.object_type, jo.feature, jo.old, jo.new,
                   jo.subject_id, jo.site_id, jo.reveals_allocation, jo.sealed_case, jo.sealed_owner
              FROM jo WHERE jo.effective
            UNION ALL
            SELECT r.last_effective, 1, 'verification re-opened automatically: the value changed after it was verified ('
                       || head.open_reason || ')', r.id, r.object_type, 'sdvState', 'verified',
                   'changedSinceVerification', r.subject_id, r.site_id, r.reveals_allocation, r.sealed_case,
                   r.sealed_owner
              FROM r WHERE r.feats IS NOT NULL AND r.reopen
        )
        SELECT (SELECT count(*) FROM checked WHERE ok) = n,
               e.reasons, e.objects, e.types, e.features, e.olds, e.news, e.subjects, e.sites, e.reveals, e.cases,
               e.owners, w.ids, w.states, s.added
          INTO fast, a_reason, a_object, a_type, a_feature, a_old, a_new, a_subject, a_site, a_reveals, a_case,
               a_owner, u_id, u_state, added_subjects
          FROM (SELECT array_agg(a.reason ORDER BY a.k1, a.k2) AS reasons, array_agg(a.id ORDER BY a.k1, a.k2) AS objects,
                       array_agg(a.object_type ORDER BY a.k1, a.k2) AS types,
                       array_agg(a.feature ORDER BY a.k1, a.k2) AS features,
                       array_agg(a.old ORDER BY a.k1, a.k2) AS olds, array_agg(a.new ORDER BY a.k1, a.k2) AS news,
                       array_agg(a.subject_id ORDER BY a.k1, a.k2) AS subjects,
                       array_agg(a.site_id ORDER BY a.k1, a.k2) AS sites,
                       array_agg(a.reveals_allocation ORDER BY a.k1, a.k2) AS reveals,
                       array_agg(a.sealed_case ORDER BY a.k1, a.k2) AS cases,
                       array_agg(a.sealed_owner ORDER BY a.k1, a.k2) AS owners
                  FROM a) e,
               (SELECT array_agg(r.id) AS ids,
                       array_agg(CASE WHEN r.reopen THEN tb_state_put(r.merged, 'sdvState', 'changedSinceVerification')
                                      ELSE r.merged END) AS states
                  FROM r WHERE r.feats IS NOT NULL) w,
               (SELECT array_agg(f.subject_id ORDER BY f.first) AS added
                  FROM (SELECT jo.subject_id, min(jo.ord) AS first FROM jo WHERE jo.subject_id IS NOT NULL
                         GROUP BY jo.subject_id) f
                 WHERE NOT (f.subject_id = ANY (subjects))) s;
    IF NOT fast THEN
        RETURN tb_commit_write_each(p_kinds, p_ids, p_types, p_parents, p_containers, p_ordinals, p_features,
            p_olds, p_news);
    END IF;
    seq := head.last_sequence;
    hash_ := head.last_hash;
    commit_ := head.last_commit + 1;
    at_text := tb_instant_text(head.open_at);
    na := COALESCE(cardinality(a_object), 0);
    FOR k IN 1 .. na LOOP
        seq := seq + 1;
        hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, a_reason[k], a_object[k], a_type[k], a_feature[k],
            a_old[k], a_new[k], a_subject[k]);
        a_seq[k] := seq;
        a_hash[k] := hash_;
    END LOOP;
    IF cardinality(u_id) > 0 THEN
        UPDATE clinical_object o SET state = u.state, last_commit = commit_
          FROM unnest(u_id, u_state) AS u(id, state) WHERE o.id = u.id;
    END IF;
    IF na > 0 THEN
        INSERT INTO audit_entry (sequence, commit_id, username, changed_at, reason, object_id, object_type, feature,
                old_value, new_value, subject_id, site_id, reveals_allocation, hash, sealed_case, sealed_owner)
            SELECT e.seq, commit_, me, head.open_at, e.reason, e.object, e.type, e.feature, e.old, e.new, e.subject,
                   e.site, e.reveals, e.hash, e.sealed_case, e.sealed_owner
              FROM unnest(a_seq, a_reason, a_object, a_type, a_feature, a_old, a_new, a_subject, a_site, a_reveals,
                          a_hash, a_case, a_owner)
                AS e(seq, reason, object, type, feature, old, new, subject, site, reveals, hash, sealed_case,
                     sealed_owner);
    END IF;
    UPDATE audit_head SET last_sequence = seq, last_hash = hash_, open_changed = open_changed + na,
           open_subjects = (subjects || COALESCE(added_subjects, '{}'))[1:5001]
     WHERE id = 1;
    RAISE DEBUG 'tb_commit_write: % operations written set-wise', n;
    RETURN na;
END
$$;
ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) OWNER TO trialbench_definer;
REVOKE ALL ON FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[],
    VARCHAR[], VARCHAR[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[],
    VARCHAR[], VARCHAR[]) TO trialbench_user, trialbench_definer, trialbench_roles;
