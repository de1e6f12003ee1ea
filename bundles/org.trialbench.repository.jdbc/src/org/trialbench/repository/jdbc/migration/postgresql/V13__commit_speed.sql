-- Schema 13 (server store only): a commit's row updates stay on their pages.
--
-- A CRF correction rewrites its values' rows (state, last_commit: no indexed column). With full pages every such
-- update put the new row version on another page and added an entry to each of clinical_object's five indexes,
-- which at trial size meant reading and dirtying index pages that were not cached (3 to 5 ms of a 60-value commit).
-- With a fifth of each page kept free, PostgreSQL updates the row on its own page without touching the indexes
-- (a heap-only tuple update). The setting applies to pages written from now on: a store loaded before schema 13
-- gets it for its existing rows when the owner runs VACUUM FULL clinical_object once (README, server store).
ALTER TABLE clinical_object SET (fillfactor = 80);

-- The raw text of one feature in a state text, as one SQL expression (the same result as schema 12's PL/pgSQL
-- version, which it replaces): PostgreSQL inlines it into the calling statement, which makes a call from the commit
-- functions 2 us instead of 4.5 us; a commit calls it several times per value.
CREATE OR REPLACE FUNCTION tb_state_raw(p_state VARCHAR, p_feature VARCHAR) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN strpos(E'\n' || p_state, E'\n' || p_feature || '=') = 0 THEN NULL
        ELSE split_part(substr(p_state, strpos(E'\n' || p_state, E'\n' || p_feature || '=') + length(p_feature) + 1),
            E'\n', 1) END
$$;

-- A site's code names it in records, files and other systems' exports: fixed once stored, by any path (the client
-- refuses it too; an administrator's own SQL call of tb_commit_write meets this). The WHEN clause is evaluated
-- without calling the function, so other rows' updates cost nothing.
CREATE FUNCTION tb_site_code_fixed() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF tb_state_raw(OLD.state, 'code') IS DISTINCT FROM tb_state_raw(NEW.state, 'code') THEN
        RAISE EXCEPTION 'Not saved: a site''s code cannot be changed once it is stored (site %)', OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION tb_site_code_fixed() FROM PUBLIC;
CREATE TRIGGER clinical_object_site_code_fixed BEFORE UPDATE ON clinical_object
    FOR EACH ROW WHEN (OLD.object_type = 'Site') EXECUTE FUNCTION tb_site_code_fixed();
