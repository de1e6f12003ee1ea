-- Schema 14 (server store only): a form's corrections are checked and written set-wise.
--
-- Schema 12's tb_commit_write works through a call one operation at a time: a statement to read each row, then
-- the state text merge, the write policy and the audit entry of each value, each a few PL/pgSQL statements. For a
-- CRF correction of 60 values that was most of the commit's time in the server (BENCHMARKS.md). A call that only
-- changes values of existing rows (the common case) is now checked and prepared by one statement; only the audit
-- chain's hashes, which each depend on the one before, are still computed one after the other. Every other call,
-- and any call in which something is refused or in conflict, takes schema 12's path unchanged, which names the
-- first failing operation as before.

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

-- The signing lock (schema 9) concerns signatures only; the trigger's WHEN clause, evaluated without calling its
-- SECURITY DEFINER function, spares every other new row the call (a trial's load inserts millions of rows).
DROP TRIGGER clinical_object_signing_lock ON clinical_object;
CREATE TRIGGER clinical_object_signing_lock BEFORE INSERT ON clinical_object
    FOR EACH ROW WHEN (NEW.object_type = 'Signature') EXECUTE FUNCTION tb_refuse_locked_signature();

-- Writes part of the open commit. One element per operation, in order:
--   create: ids, types, parents, containers, ordinals, news = the new row's state text
--   change: ids, types, features, olds, news = one feature's value before and after (not escaped)
--   delete: ids, types, olds = the stored state text the client saw
--   note:   ids, types, features, news = an audited act that changes no row (list stored, emergency unblinding)
-- The server derives each row's subject, site, allocation-revealing flag and review seal, checks the write
-- policy and that every value changed is the one the client saw, re-opens verification of changed verified data,
-- and appends the audit entries. Returns how many values it changed.
CREATE OR REPLACE FUNCTION tb_commit_write(p_kinds VARCHAR[], p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[],
        p_containers VARCHAR[], p_ordinals INT[], p_features VARCHAR[], p_olds VARCHAR[], p_news VARCHAR[])
    RETURNS INT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    writer app_user%ROWTYPE;
    viewer tb_viewer_access := tb_viewer();
    n INT := COALESCE(array_length(p_kinds, 1), 0);
    i INT := 1;
    j INT;
    k INT;
    seq BIGINT;
    hash_ VARCHAR;
    commit_ BIGINT;
    at_text VARCHAR;
    changed INT := 0;
    subjects VARCHAR[];
    last_subject VARCHAR;
    row_ clinical_object%ROWTYPE;
    parent_ clinical_object%ROWTYPE;
    kind_ VARCHAR;
    type_ VARCHAR;
    subject_ VARCHAR;
    site_ VARCHAR;
    reveals_ BOOLEAN;
    sealed_case_ VARCHAR;
    sealed_owner_ VARCHAR;
    state_ VARCHAR;
    stored_ VARCHAR;
    old_raw VARCHAR;
    new_raw VARCHAR;
    feature_ VARCHAR;
    refusal_ VARCHAR;
    features_ VARCHAR[];
    olds_ VARCHAR[];
    news_ VARCHAR[];
    users_changed BOOLEAN := FALSE;
    slot_ randomization_slot%ROWTYPE;
    clinical_ VARCHAR[];
    me VARCHAR := session_user;
    -- audit entries and row updates are gathered and written with one statement each (a statement per row
    -- would cost more than everything else a commit does)
    na INT := 0;
    a_seq BIGINT[] := '{}';
    a_reason VARCHAR[] := '{}';
    a_object VARCHAR[] := '{}';
    a_type VARCHAR[] := '{}';
    a_feature VARCHAR[] := '{}';
    a_old VARCHAR[] := '{}';
    a_new VARCHAR[] := '{}';
    a_subject VARCHAR[] := '{}';
    a_site VARCHAR[] := '{}';
    a_reveals BOOLEAN[] := '{}';
    a_case VARCHAR[] := '{}';
    a_owner VARCHAR[] := '{}';
    a_hash VARCHAR[] := '{}';
    nu INT := 0;
    u_id VARCHAR[] := '{}';
    u_state VARCHAR[] := '{}';
    fast BOOLEAN;
    added_subjects VARCHAR[];
BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.open_txid IS DISTINCT FROM txid_current() OR head.open_user IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'Not saved: no commit is open in this transaction (tb_commit_begin first)' USING ERRCODE = '42501';
    END IF;
    IF n > 100000 OR COALESCE(array_length(p_ids, 1), 0) <> n OR COALESCE(array_length(p_types, 1), 0) <> n
       OR COALESCE(array_length(p_parents, 1), 0) <> n OR COALESCE(array_length(p_containers, 1), 0) <> n
       OR COALESCE(array_length(p_ordinals, 1), 0) <> n OR COALESCE(array_length(p_features, 1), 0) <> n
       OR COALESCE(array_length(p_olds, 1), 0) <> n OR COALESCE(array_length(p_news, 1), 0) <> n THEN
        RAISE EXCEPTION 'Not saved: the operations'' arrays differ in length (at most 100000)' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO writer FROM app_user WHERE username = session_user AND active;
    IF NOT FOUND OR NOT viewer.active THEN
        RAISE EXCEPTION 'Not saved: the user % has been deactivated', session_user USING ERRCODE = '42501';
    END IF;
    seq := head.last_sequence;
    hash_ := head.last_hash;
    commit_ := head.last_commit + 1;
    at_text := tb_instant_text(head.open_at);
    subjects := head.open_subjects;
    -- The common call, changes of values of rows that exist (a form's corrections), is checked and prepared by one
    -- statement instead of several per value. It is taken only when every operation passes every check below; a
    -- refusal, a conflict, a malformed argument, a user or allocation row, one row's changes not next to each other
    -- or one feature changed twice leave the call to the loop after it, which finds the first failing operation and
    -- names it. Both ways write the same rows and the same audit entries in the same order.
    IF n > 0 AND head.open_reason_given
       AND NOT EXISTS (SELECT 1 FROM unnest(p_kinds) AS o(kind) WHERE o.kind IS DISTINCT FROM 'change') THEN
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
        IF fast THEN
            na := COALESCE(cardinality(a_object), 0);
            FOR k IN 1 .. na LOOP
                seq := seq + 1;
                hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, a_reason[k], a_object[k], a_type[k],
                    a_feature[k], a_old[k], a_new[k], a_subject[k]);
                a_seq[k] := seq;
                a_hash[k] := hash_;
            END LOOP;
            changed := na;
            nu := COALESCE(cardinality(u_id), 0);
            subjects := (subjects || COALESCE(added_subjects, '{}'))[1:5001];
            i := n + 1; -- nothing is left for the loop
            RAISE DEBUG 'tb_commit_write: % operations written set-wise', n;
        ELSE
            a_reason := '{}'; a_object := '{}'; a_type := '{}'; a_feature := '{}'; a_old := '{}'; a_new := '{}';
            a_subject := '{}'; a_site := '{}'; a_reveals := '{}'; a_case := '{}'; a_owner := '{}';
            u_id := '{}'; u_state := '{}';
        END IF;
    END IF;
    WHILE i <= n LOOP
        kind_ := p_kinds[i];
        type_ := p_types[i];
        IF p_ids[i] IS NULL OR p_ids[i] !~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' THEN
            RAISE EXCEPTION 'Not saved: % is not an object id', quote_literal(COALESCE(p_ids[i], 'NULL'))
                USING ERRCODE = '22023';
        END IF;
        IF kind_ = 'create' THEN
            state_ := p_news[i];
            IF type_ IS NULL OR type_ NOT IN ('Site', 'User', 'Subject', 'EligibilityAnswer', 'Allocation', 'Visit',
                    'FormRecord', 'ItemValue', 'Query', 'QueryMessage', 'AdverseEvent', 'MeddraCoding',
                    'AdjudicationCase', 'AdjudicationReview', 'Signature') THEN
                RAISE EXCEPTION 'Not saved: % is not a type of record that can be added', COALESCE(type_, 'NULL')
                    USING ERRCODE = '22023';
            END IF;
            IF NOT tb_state_valid(state_) THEN
                RAISE EXCEPTION 'Not saved: the state of the new % % is not feature=value lines, each feature once',
                    type_, p_ids[i] USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM clinical_object WHERE id = p_ids[i]) THEN
                RAISE EXCEPTION 'Not saved: a record with the id % exists already', p_ids[i] USING ERRCODE = '23505';
            END IF;
            SELECT * INTO parent_ FROM clinical_object WHERE id = p_parents[i] AND NOT deleted;
            IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM (VALUES ('Trial', 'Site', 'sites'), ('Trial', 'User', 'users'),
                    ('Trial', 'AdjudicationCase', 'adjudicationCases'), ('Site', 'Subject', 'subjects'),
                    ('Subject', 'EligibilityAnswer', 'eligibilityAnswers'), ('Subject', 'Allocation', 'allocation'),
                    ('Subject', 'Visit', 'visits'), ('Subject', 'AdverseEvent', 'adverseEvents'),
                    ('Visit', 'FormRecord', 'forms'), ('FormRecord', 'ItemValue', 'itemValues'),
                    ('FormRecord', 'Signature', 'signature'), ('ItemValue', 'Query', 'queries'),
                    ('Query', 'QueryMessage', 'messages'), ('AdverseEvent', 'MeddraCoding', 'coding'),
                    ('AdverseEvent', 'Query', 'queries'), ('AdjudicationCase', 'AdjudicationReview', 'reviews'),
                    ('AdjudicationReview', 'Signature', 'signature')) AS c(parent_type, child_type, feature)
                    WHERE c.parent_type = parent_.object_type AND c.child_type = type_
                      AND c.feature = p_containers[i]) THEN
                RAISE EXCEPTION 'Not saved: a % cannot be added to % of %', type_, COALESCE(p_containers[i], 'NULL'),
                    COALESCE(p_parents[i], 'NULL') USING ERRCODE = '22023';
            END IF;
            -- the store classifies the row; nothing of this comes from the client
            subject_ := CASE WHEN type_ = 'Subject' THEN p_ids[i] ELSE parent_.subject_id END;
            site_ := CASE WHEN type_ = 'Subject' THEN parent_.id
                          WHEN type_ = 'AdjudicationCase' THEN (SELECT s.site_id FROM clinical_object s
                              WHERE s.id = tb_state_raw(state_, 'subject') AND s.object_type = 'Subject')
                          ELSE parent_.site_id END;
            reveals_ := type_ = 'Allocation' OR parent_.reveals_allocation
                OR (type_ IN ('FormRecord', 'ItemValue') AND EXISTS (SELECT 1 FROM protocol_element e
                    WHERE e.oid = tb_state_raw(state_, 'definition') AND e.kind IN ('form', 'item')
                      AND e.reveals_allocation));
            IF type_ = 'AdjudicationReview' THEN
                sealed_case_ := parent_.id;
                sealed_owner_ := tb_state_raw(state_, 'adjudicator');
            ELSIF type_ = 'Signature' AND parent_.object_type = 'AdjudicationReview' THEN
                sealed_case_ := parent_.sealed_case;
                sealed_owner_ := parent_.sealed_owner;
            ELSE
                sealed_case_ := NULL;
                sealed_owner_ := NULL;
            END IF;
            IF NOT tb_visible(viewer, parent_.site_id, parent_.reveals_allocation, parent_.sealed_case,
                    parent_.sealed_owner)
               OR NOT tb_visible(viewer, site_, reveals_, sealed_case_, sealed_owner_) THEN
                RAISE EXCEPTION 'Not saved: % may not write a % there (%)', session_user, type_, p_ids[i]
                    USING ERRCODE = '42501';
            END IF;
            refusal_ := tb_refusal(writer.roles, viewer.sites, type_, subject_, site_, '(created)',
                tb_state_raw(state_, 'status'), tb_state_raw(state_, 'kind'));
            IF refusal_ IS NOT NULL AND head.open_import THEN
                refusal_ := CASE WHEN tb_import_refusal(writer.roles, writer.blinded, subject_, reveals_, type_,
                        '(created)') IS NULL THEN NULL
                    ELSE refusal_ || '; in a data import ' || tb_import_refusal(writer.roles, writer.blinded, subject_,
                        reveals_, type_, '(created)') END;
            END IF;
            IF refusal_ IS NULL AND type_ = 'Allocation'
               AND NOT (head.open_import AND 'administrator' = ANY (writer.roles)) THEN
                -- an allocation comes only from the slot this user took for this subject in this transaction
                SELECT * INTO slot_ FROM randomization_slot s
                 WHERE s.subject_id = subject_ AND s.used_by = session_user AND s.used_at = now();
                IF NOT FOUND OR tb_state_raw(state_, 'randomizationNumber')
                        IS DISTINCT FROM slot_.stratum || '-' || lpad(slot_.sequence::TEXT, 3, '0')
                   OR NOT EXISTS (SELECT 1 FROM protocol_element e WHERE e.kind = 'arm'
                        AND e.oid = tb_state_raw(state_, 'arm') AND e.code = slot_.arm_code) THEN
                    refusal_ := 'not allowed to write an allocation: allocations come only from randomizing against '
                        || 'the concealed list';
                END IF;
            END IF;
            IF refusal_ IS NULL AND type_ IN ('AdjudicationReview', 'Signature')
               AND NOT (head.open_import AND subject_ IS NOT NULL)
               AND tb_state_raw(state_, CASE WHEN type_ = 'Signature' THEN 'signer' ELSE 'adjudicator' END)
                   IS DISTINCT FROM writer.user_id THEN
                refusal_ := 'not allowed to create a ' || type_ || ' in the name of another user';
            END IF;
            IF refusal_ IS NOT NULL THEN
                RAISE EXCEPTION 'Not saved: % is %', session_user, refusal_ USING ERRCODE = '42501';
            END IF;
            INSERT INTO clinical_object (id, object_type, parent_id, container_feature, ordinal, subject_id, site_id,
                    reveals_allocation, state, last_commit, sealed_case, sealed_owner)
                VALUES (p_ids[i], type_, parent_.id, p_containers[i], COALESCE(p_ordinals[i], 0), subject_, site_,
                    reveals_, state_, commit_, sealed_case_, sealed_owner_);
            seq := seq + 1;
            hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, p_ids[i], type_, '(created)', NULL, state_, subject_);
            na := na + 1;
            a_seq[na] := seq;
            a_reason[na] := head.open_reason;
            a_object[na] := p_ids[i];
            a_type[na] := type_;
            a_feature[na] := '(created)';
            a_old[na] := NULL;
            a_new[na] := state_;
            a_subject[na] := subject_;
            a_site[na] := site_;
            a_reveals[na] := reveals_;
            a_case[na] := sealed_case_;
            a_owner[na] := sealed_owner_;
            a_hash[na] := hash_;
            changed := changed + 1;
            IF type_ = 'User' THEN
                PERFORM tb_apply_user_row(p_ids[i], state_);
                users_changed := TRUE;
            END IF;
            i := i + 1;
        ELSIF kind_ IN ('change', 'delete') THEN
            IF nu > 0 AND p_ids[i] = ANY (u_id) THEN -- the row changed earlier in this call: store that first
                UPDATE clinical_object o SET state = u.state, last_commit = commit_
                  FROM unnest(u_id, u_state) AS u(id, state) WHERE o.id = u.id;
                nu := 0;
                u_id := '{}';
                u_state := '{}';
            END IF;
            SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] FOR UPDATE;
            IF NOT FOUND OR NOT tb_visible(viewer, row_.site_id, row_.reveals_allocation, row_.sealed_case,
                    row_.sealed_owner) THEN
                RAISE EXCEPTION 'Not saved: % does not exist or is not visible to %', p_ids[i], session_user
                    USING ERRCODE = '42501';
            END IF;
            IF type_ IS DISTINCT FROM row_.object_type THEN
                RAISE EXCEPTION 'Not saved: % is a %, not a %', p_ids[i], row_.object_type, COALESCE(type_, 'NULL')
                    USING ERRCODE = '22023';
            END IF;
            IF NOT head.open_reason_given THEN
                RAISE EXCEPTION 'A reason is required to change data that was already saved (21 CFR Part 11)'
                    USING ERRCODE = '22023';
            END IF;
            IF row_.deleted THEN
                RAISE EXCEPTION 'Conflict: % % was deleted by another user', row_.object_type, p_ids[i]
                    USING ERRCODE = '40001';
            END IF;
            IF kind_ = 'delete' THEN
                IF p_olds[i] IS DISTINCT FROM row_.state THEN
                    RAISE EXCEPTION 'Conflict: % % was changed by another user', row_.object_type, p_ids[i]
                        USING ERRCODE = '40001';
                END IF;
                refusal_ := CASE WHEN row_.object_type = 'Allocation' THEN 'not allowed to delete an allocation'
                    ELSE tb_refusal(writer.roles, viewer.sites, row_.object_type, row_.subject_id, row_.site_id,
                        '(deleted)', tb_state_raw(row_.state, 'status'), tb_state_raw(row_.state, 'kind')) END;
                IF refusal_ IS NOT NULL AND head.open_import AND row_.object_type <> 'Allocation' THEN
                    refusal_ := refusal_ || '; in a data import ' || tb_import_refusal(writer.roles, writer.blinded,
                        row_.subject_id, row_.reveals_allocation, row_.object_type, '(deleted)');
                END IF;
                IF refusal_ IS NOT NULL THEN
                    RAISE EXCEPTION 'Not saved: % is %', session_user, refusal_ USING ERRCODE = '42501';
                END IF;
                UPDATE clinical_object SET deleted = TRUE, last_commit = commit_ WHERE id = row_.id;
                seq := seq + 1;
                hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, row_.id, row_.object_type, '(deleted)', row_.state, NULL, row_.subject_id);
                na := na + 1;
                a_seq[na] := seq;
                a_reason[na] := head.open_reason;
                a_object[na] := row_.id;
                a_type[na] := row_.object_type;
                a_feature[na] := '(deleted)';
                a_old[na] := row_.state;
                a_new[na] := NULL;
                a_subject[na] := row_.subject_id;
                a_site[na] := row_.site_id;
                a_reveals[na] := row_.reveals_allocation;
                a_case[na] := row_.sealed_case;
                a_owner[na] := row_.sealed_owner;
                a_hash[na] := hash_;
                changed := changed + 1;
                i := i + 1;
            ELSE
                -- the consecutive changes of one row
                j := i;
                WHILE j < n AND p_kinds[j + 1] = 'change' AND p_ids[j + 1] = p_ids[i] LOOP
                    j := j + 1;
                END LOOP;
                state_ := row_.state;
                features_ := '{}';
                olds_ := '{}';
                news_ := '{}';
                FOR k IN i .. j LOOP
                    feature_ := p_features[k];
                    IF feature_ IS NULL OR feature_ !~ '^[A-Za-z][A-Za-z0-9]{0,63}$' THEN
                        RAISE EXCEPTION 'Not saved: % is not a feature name', quote_literal(COALESCE(feature_, 'NULL'))
                            USING ERRCODE = '22023';
                    END IF;
                    old_raw := tb_escape(p_olds[k]);
                    new_raw := tb_escape(p_news[k]);
                    stored_ := tb_state_raw(state_, feature_);
                    CONTINUE WHEN stored_ IS NOT DISTINCT FROM new_raw; -- already stored
                    IF stored_ IS DISTINCT FROM old_raw THEN
                        RAISE EXCEPTION 'Conflict: % of % % was changed by another user', feature_, row_.object_type,
                            row_.id USING ERRCODE = '40001';
                    END IF;
                    IF (feature_ = 'definition' AND row_.object_type IN ('FormRecord', 'ItemValue'))
                       OR (feature_ = 'subject' AND row_.object_type = 'AdjudicationCase')
                       OR (feature_ = 'username' AND row_.object_type = 'User') THEN
                        RAISE EXCEPTION 'Not saved: % of a % is fixed once it is stored; add a new record instead',
                            feature_, row_.object_type USING ERRCODE = '42501';
                    END IF;
                    IF row_.object_type = 'Allocation' AND feature_ IN ('arm', 'randomizationNumber', 'allocatedAt',
                            'allocatedBy') AND NOT (head.open_import AND 'administrator' = ANY (writer.roles)) THEN
                        RAISE EXCEPTION 'Not saved: % may not change % of an allocation: it is fixed by randomization',
                            session_user, feature_ USING ERRCODE = '42501';
                    END IF;
                    state_ := tb_state_put(state_, feature_, new_raw);
                    features_ := features_ || feature_;
                    olds_ := olds_ || p_olds[k];
                    news_ := news_ || p_news[k];
                END LOOP;
                IF array_length(features_, 1) > 0 THEN
                    FOR k IN 1 .. array_length(features_, 1) LOOP
                        refusal_ := tb_refusal(writer.roles, viewer.sites, row_.object_type, row_.subject_id,
                            row_.site_id, features_[k], tb_state_raw(state_, 'status'), tb_state_raw(state_, 'kind'));
                        IF refusal_ IS NOT NULL AND head.open_import THEN
                            refusal_ := CASE WHEN tb_import_refusal(writer.roles, writer.blinded, row_.subject_id,
                                    row_.reveals_allocation, row_.object_type, features_[k]) IS NULL THEN NULL
                                ELSE refusal_ || '; in a data import ' || tb_import_refusal(writer.roles,
                                    writer.blinded, row_.subject_id, row_.reveals_allocation, row_.object_type,
                                    features_[k]) END;
                        END IF;
                        IF refusal_ IS NOT NULL THEN
                            RAISE EXCEPTION 'Not saved: % is % (%)', session_user, refusal_, row_.id
                                USING ERRCODE = '42501';
                        END IF;
                    END LOOP;
                    -- a verified value that changes is no longer verified (SdvReopening in Java)
                    feature_ := NULL;
                    clinical_ := CASE row_.object_type
                           WHEN 'ItemValue' THEN ARRAY['value', 'missingCode']::VARCHAR[]
                           WHEN 'Subject' THEN ARRAY['consentDate', 'consentVersion']::VARCHAR[]
                           WHEN 'AdverseEvent' THEN ARRAY['verbatimTerm', 'onsetDate', 'resolutionDate', 'ongoing',
                               'ctcaeGrade', 'asgeSeverity', 'agreeGrade', 'serious', 'seriousnessCriteria',
                               'relationship', 'actionTaken', 'outcome', 'awareAt']::VARCHAR[]
                           ELSE '{}'::VARCHAR[] END;
                    IF tb_state_raw(state_, 'sdvState') = 'verified' AND NOT ('sdvState' = ANY (features_))
                       AND features_ && clinical_ THEN
                        state_ := tb_state_put(state_, 'sdvState', 'changedSinceVerification');
                        feature_ := 'sdvState';
                    END IF;
                    nu := nu + 1;
                    u_id[nu] := row_.id;
                    u_state[nu] := state_;
                    FOR k IN 1 .. array_length(features_, 1) LOOP
                        seq := seq + 1;
                        hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, row_.id, row_.object_type, features_[k], olds_[k], news_[k], row_.subject_id);
                        na := na + 1;
                        a_seq[na] := seq;
                        a_reason[na] := head.open_reason;
                        a_object[na] := row_.id;
                        a_type[na] := row_.object_type;
                        a_feature[na] := features_[k];
                        a_old[na] := olds_[k];
                        a_new[na] := news_[k];
                        a_subject[na] := row_.subject_id;
                        a_site[na] := row_.site_id;
                        a_reveals[na] := row_.reveals_allocation;
                        a_case[na] := row_.sealed_case;
                        a_owner[na] := row_.sealed_owner;
                        a_hash[na] := hash_;
                        changed := changed + 1;
                    END LOOP;
                    IF feature_ IS NOT NULL THEN
                        seq := seq + 1;
                        hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, 'verification re-opened automatically: the value changed after it was verified ('
                                || head.open_reason || ')', row_.id, row_.object_type, 'sdvState', 'verified', 'changedSinceVerification', row_.subject_id);
                        na := na + 1;
                        a_seq[na] := seq;
                        a_reason[na] := 'verification re-opened automatically: the value changed after it was verified ('
                                || head.open_reason || ')';
                        a_object[na] := row_.id;
                        a_type[na] := row_.object_type;
                        a_feature[na] := 'sdvState';
                        a_old[na] := 'verified';
                        a_new[na] := 'changedSinceVerification';
                        a_subject[na] := row_.subject_id;
                        a_site[na] := row_.site_id;
                        a_reveals[na] := row_.reveals_allocation;
                        a_case[na] := row_.sealed_case;
                        a_owner[na] := row_.sealed_owner;
                        a_hash[na] := hash_;
                        changed := changed + 1;
                    END IF;
                    IF row_.object_type = 'User' THEN
                        PERFORM tb_apply_user_row(row_.id, state_);
                        users_changed := TRUE;
                    END IF;
                END IF;
                subject_ := row_.subject_id;
                i := j + 1;
            END IF;
            subject_ := row_.subject_id;
        ELSIF kind_ = 'note' THEN
            feature_ := p_features[i];
            IF type_ = 'RandomizationList' AND p_ids[i] = 'randomization-list' AND feature_ = '(stored)'
               AND pg_has_role(session_user, 'trialbench_statistician', 'MEMBER')
               AND EXISTS (SELECT 1 FROM randomization_list) THEN
                subject_ := NULL;
                site_ := NULL;
                reveals_ := TRUE;
            ELSIF type_ = 'Subject' AND feature_ = '(emergency unblinding)' THEN
                SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] AND object_type = 'Subject' AND NOT deleted;
                IF NOT FOUND OR NOT viewer.sees_allocation
                   OR NOT tb_visible(viewer, row_.site_id, FALSE, NULL, NULL)
                   OR NOT (('investigator' = ANY (writer.roles) AND row_.site_id = ANY (viewer.sites))
                           OR 'safety' = ANY (writer.roles))
                   OR COALESCE(btrim(p_news[i]), '') = '' THEN
                    RAISE EXCEPTION 'Not saved: emergency unblinding is for the subject''s investigator or the safety officer, with a reason'
                        USING ERRCODE = '42501';
                END IF;
                subject_ := row_.id;
                site_ := row_.site_id;
                reveals_ := FALSE;
            ELSIF type_ = 'User' AND feature_ = '(password)' AND p_news[i] = '(set)' THEN
                -- that, when and by whom a password was set (tb_set_password sets it), never the password
                SELECT * INTO row_ FROM clinical_object WHERE id = p_ids[i] AND object_type = 'User' AND NOT deleted;
                IF NOT FOUND OR NOT (tb_state_raw(row_.state, 'username') = session_user
                                     OR 'administrator' = ANY (writer.roles)) THEN
                    RAISE EXCEPTION 'Not saved: % may not set the password of another user', session_user
                        USING ERRCODE = '42501';
                END IF;
                subject_ := NULL;
                site_ := NULL;
                reveals_ := FALSE;
            ELSE
                RAISE EXCEPTION 'Not saved: % may not record % about a %', session_user, COALESCE(feature_, 'NULL'),
                    COALESCE(type_, 'NULL') USING ERRCODE = '42501';
            END IF;
            seq := seq + 1;
            hash_ := tb_audit_hash(hash_, seq, commit_, me, at_text, head.open_reason, p_ids[i], type_, feature_, NULL, p_news[i], subject_);
            na := na + 1;
            a_seq[na] := seq;
            a_reason[na] := head.open_reason;
            a_object[na] := p_ids[i];
            a_type[na] := type_;
            a_feature[na] := feature_;
            a_old[na] := NULL;
            a_new[na] := p_news[i];
            a_subject[na] := subject_;
            a_site[na] := site_;
            a_reveals[na] := reveals_;
            a_case[na] := NULL;
            a_owner[na] := NULL;
            a_hash[na] := hash_;
            changed := changed + 1;
            i := i + 1;
        ELSE
            RAISE EXCEPTION 'Not saved: % is not an operation (create, change, delete, note)',
                quote_literal(COALESCE(kind_, 'NULL')) USING ERRCODE = '22023';
        END IF;
        -- commits list their subjects for the other workbenches (at most 5000; a bigger commit lists none)
        IF subject_ IS NOT NULL AND subject_ IS DISTINCT FROM last_subject AND array_length(subjects, 1) IS DISTINCT FROM 5001 THEN
            IF NOT (subject_ = ANY (subjects)) THEN
                subjects := subjects || subject_;
            END IF;
            last_subject := subject_;
        END IF;
        subject_ := NULL;
    END LOOP;
    IF nu > 0 THEN
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
    IF users_changed AND NOT EXISTS (SELECT 1 FROM app_user WHERE administrator AND active) THEN
        RAISE EXCEPTION 'Not saved: the trial would be left without an active administrator; give another user the administrator role first'
            USING ERRCODE = '42501';
    END IF;
    UPDATE audit_head SET last_sequence = seq, last_hash = hash_, open_changed = open_changed + changed,
           open_subjects = subjects
     WHERE id = 1;
    RETURN changed;
END
$$;
