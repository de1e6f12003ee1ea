-- Schema 21 (server store): a write's statements look rows up by their keys, however much its transaction wrote.
--
-- PL/pgSQL keeps the plans of a function's statements for the session, and after a few calls may keep one generic
-- plan made for the table as it was then. An import into a new store writes its whole file in one transaction:
-- its plans are made on the small store of its start (a trial's set-up), and no statistics ever see the rows the
-- transaction writes. Two kinds of plan made there read every row written so far at each call (BENCHMARKS.md):
--   - the signed-form check (schema 17) read every form and item value by their type and joined them to the
--     call's operations; at 10,000 subjects one call took over a minute and the import did not finish;
--   - on a store smaller still, the row lookups of schema 12's path (does this id exist, the parent of a new row)
--     kept a sequential scan of the whole table, one for every operation.
-- Now
--   - the signed-form check looks up each row it needs by its key, for each operation (lateral subqueries the
--     planner cannot turn into a scan of every form or value), and
--   - tb_commit_write runs everything under it (both write paths, the checks, the triggers its statements fire;
--     not the deferred one at commit, schema 20's refresh, which reads the table once)
--     without sequential scans of tables where an index serves (enable_seqscan off for the call): each statement
--     of a write reads rows by id, parent or subject, and a plan kept from a small table stays an index lookup
--     (and without JIT compilation, see below).
-- What the writes store and refuse, and their messages, are unchanged (ServerCommitPathsTest, HostileClientTest).

CREATE OR REPLACE FUNCTION tb_signed_form_refusal(p_viewer tb_viewer_access, p_commit BIGINT, p_kinds VARCHAR[],
        p_ids VARCHAR[], p_types VARCHAR[], p_parents VARCHAR[], p_features VARCHAR[], p_news VARCHAR[])
    RETURNS VARCHAR LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (WITH op AS (
        SELECT u.ord, u.kind, u.id, u.type, u.feature, u.new,
               CASE WHEN u.kind = 'create' THEN u.parent ELSE u.id END AS target
          FROM unnest(p_kinds, p_ids, p_types, p_parents, p_features, p_news) WITH ORDINALITY
            AS u(kind, id, type, parent, feature, new, ord)
         WHERE u.kind IN ('create', 'change', 'delete')
    ), t AS ( -- the row an operation writes (a new row: its parent) where it is a form or one of its values
        SELECT op.*, o.object_type, o.state,
               CASE WHEN o.object_type = 'FormRecord' THEN o.id ELSE o.parent_id END AS form_id
          FROM op CROSS JOIN LATERAL (SELECT * FROM clinical_object o WHERE o.id = op.target OFFSET 0) o
         WHERE NOT o.deleted
           AND (o.object_type = 'FormRecord' OR (o.object_type = 'ItemValue' AND op.kind <> 'create'))
           AND tb_visible(p_viewer, o.site_id, o.reveals_allocation, o.sealed_case, o.sealed_owner)
    ), signed AS MATERIALIZED ( -- the signature of each such form that stood when the commit began
        SELECT f.form_id, s.id AS signature_id, s.state AS signature,
               s.deleted AND s.last_commit = p_commit AS withdrawn_here
          FROM (SELECT DISTINCT t.form_id FROM t) f
          CROSS JOIN LATERAL (SELECT * FROM clinical_object s WHERE s.parent_id = f.form_id
                                 AND s.object_type = 'Signature' OFFSET 0) s
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
      CROSS JOIN LATERAL (SELECT * FROM clinical_object f WHERE f.id = t.form_id OFFSET 0) f
      LEFT JOIN LATERAL (SELECT * FROM clinical_object subject WHERE subject.id = f.subject_id
                            AND subject.object_type = 'Subject' OFFSET 0) subject ON TRUE
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

ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) SET enable_seqscan = off;
-- A sequential scan that no index can replace (a small table's, such as app_user's) is still chosen, with a cost
-- the planner adds to forbid it; that cost would make a server with JIT compile such a statement at every call
-- (50 ms each): a write compiles nothing.
ALTER FUNCTION tb_commit_write(VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], VARCHAR[], INT[], VARCHAR[], VARCHAR[],
    VARCHAR[]) SET jit = off;
