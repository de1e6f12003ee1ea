-- Row-level security with the same rules as V2, V4, V6 and V10, worked out once per statement instead of once
-- per row. The policies called tb_may_see(site_id, reveals_allocation) for every row read, locked, updated or
-- inserted; a SECURITY DEFINER function with its own search_path is never inlined, so each call looked the
-- connected user up again (a commit of 60 values evaluated it several hundred times, a site's worklist tens
-- of thousands of times). Now the connected user's access is read by tb_viewer(), called in uncorrelated
-- scalar subqueries, which PostgreSQL runs once per statement (as InitPlans), and each row is compared with
-- that result in plain SQL. Within one statement the access is fixed; a change of a user's access reaches
-- the next statement, as before.

CREATE TYPE tb_viewer_access AS (
    active BOOLEAN,           -- an active Trialbench user; an inactive or unknown login sees no row at all
    trial_wide BOOLEAN,       -- sees every site
    sites VARCHAR[],          -- else the sites it sees
    sees_allocation BOOLEAN   -- unblinded (or the writing committee after the first data lock)
);

-- PL/pgSQL keeps its query plans for the session: a call costs a fifth of the same SQL function's.
CREATE FUNCTION tb_viewer() RETURNS tb_viewer_access
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    viewer tb_viewer_access;
BEGIN
    SELECT TRUE, u.trial_wide, ARRAY(SELECT s.site_id FROM user_site s WHERE s.username = u.username),
           NOT u.blinded OR (u.unblinded_by_lock AND EXISTS (SELECT 1 FROM data_lock))
      INTO viewer
      FROM app_user u
     WHERE u.username = session_user AND u.active;
    IF NOT FOUND THEN
        RETURN ROW(FALSE, FALSE, ARRAY[]::VARCHAR[], FALSE)::tb_viewer_access;
    END IF;
    RETURN viewer;
END
$$;

REVOKE ALL ON FUNCTION tb_viewer() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_viewer() TO trialbench_user;

-- The review seal (V6) applies to adjudication reviews and their signatures only; other rows skip the call.
DROP POLICY clinical_object_visible ON clinical_object;
CREATE POLICY clinical_object_visible ON clinical_object
    USING ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)))
    WITH CHECK ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)));

DROP POLICY audit_entry_visible ON audit_entry;
CREATE POLICY audit_entry_visible ON audit_entry
    USING ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)))
    WITH CHECK ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)));

DROP POLICY locked_object_visible ON locked_object;
CREATE POLICY locked_object_visible ON locked_object
    USING ((SELECT (tb_viewer()).active)
           AND (site_id IS NULL OR (SELECT (tb_viewer()).trial_wide) OR site_id = ANY ((SELECT (tb_viewer()).sites)::VARCHAR[]))
           AND (NOT reveals_allocation OR (SELECT (tb_viewer()).sees_allocation))
           AND (sealed_case IS NULL OR tb_may_see_review(sealed_case, sealed_owner)));
