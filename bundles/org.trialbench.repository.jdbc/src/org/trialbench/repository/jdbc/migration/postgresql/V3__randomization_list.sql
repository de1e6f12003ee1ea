-- Trialbench store, schema 3 (server): the concealed randomization list. Only members of
-- trialbench_statistician may read or write the list; investigators cannot read it at all. Randomizing goes
-- through tb_take_slot, a security-definer function that hands out the next slot of one stratum for one
-- subject the caller may randomize, and nothing else.

CREATE TABLE randomization_list (
    id            INT          PRIMARY KEY,
    seed          BIGINT       NOT NULL,
    generated_by  VARCHAR(100) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    method        VARCHAR      NOT NULL
);

CREATE TABLE randomization_slot (
    stratum     VARCHAR(64)  NOT NULL,
    sequence    INT          NOT NULL,
    block       INT          NOT NULL,
    block_size  INT          NOT NULL,
    arm_code    VARCHAR(64)  NOT NULL,
    subject_id  VARCHAR(64)  UNIQUE,
    used_by     VARCHAR(100),
    used_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (stratum, sequence)
);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trialbench_statistician') THEN
        CREATE ROLE trialbench_statistician NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON randomization_list, randomization_slot FROM PUBLIC;
GRANT SELECT, INSERT ON randomization_list, randomization_slot TO trialbench_statistician;

-- Each stratum hands out its slots through its own sequence. A sequence is not rolled back, so a caller who
-- takes a slot inside a transaction and rolls it back to peek at the arm burns that slot: the next subject gets
-- the following one, and the statistician's export shows the unused slot as a gap.
CREATE FUNCTION tb_slot_sequence(p_stratum VARCHAR) RETURNS VARCHAR
    LANGUAGE sql IMMUTABLE AS $$
    SELECT 'tb_slot_' || md5(p_stratum)
$$;

-- Called by the statistician when storing the list, so the sequences exist (committed) before any slot is taken.
CREATE FUNCTION tb_prepare_stratum(p_stratum VARCHAR) RETURNS VOID
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'trialbench_statistician', 'MEMBER') THEN
        RAISE EXCEPTION 'only the statistician prepares the randomization list' USING ERRCODE = '42501';
    END IF;
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', tb_slot_sequence(p_stratum));
END
$$;

-- The caller must see the subject unblinded and be bound to its site (an investigator there).
CREATE FUNCTION tb_take_slot(p_subject VARCHAR, p_stratum VARCHAR, OUT slot_sequence INT, OUT slot_arm VARCHAR)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    subject_site VARCHAR;
    next_slot BIGINT;
BEGIN
    SELECT site_id INTO subject_site FROM clinical_object
     WHERE id = p_subject AND object_type = 'Subject' AND deleted = FALSE;
    IF subject_site IS NULL THEN
        RAISE EXCEPTION 'subject % does not exist', p_subject;
    END IF;
    IF NOT tb_may_see(subject_site, TRUE)
       OR NOT EXISTS (SELECT 1 FROM user_site s WHERE s.username = session_user AND s.site_id = subject_site) THEN
        RAISE EXCEPTION 'user % may not randomize subjects of site %', session_user, subject_site
            USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM randomization_slot WHERE subject_id = p_subject) THEN
        RAISE EXCEPTION 'subject % is already randomized', p_subject;
    END IF;
    IF to_regclass(tb_slot_sequence(p_stratum)) IS NULL THEN
        RAISE EXCEPTION 'the randomization list has no free slot in stratum %', p_stratum;
    END IF;
    next_slot := nextval(tb_slot_sequence(p_stratum)::regclass);
    UPDATE randomization_slot s SET subject_id = p_subject, used_by = session_user, used_at = now()
     WHERE s.stratum = p_stratum AND s.sequence = next_slot AND s.subject_id IS NULL
    RETURNING s.sequence, s.arm_code INTO slot_sequence, slot_arm;
    IF slot_sequence IS NULL THEN
        RAISE EXCEPTION 'the randomization list has no free slot in stratum %', p_stratum;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION tb_take_slot(VARCHAR, VARCHAR) FROM PUBLIC;
REVOKE ALL ON FUNCTION tb_prepare_stratum(VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_take_slot(VARCHAR, VARCHAR) TO trialbench_user;
GRANT EXECUTE ON FUNCTION tb_prepare_stratum(VARCHAR) TO trialbench_statistician;

-- Who reads the list follows the user's roles: user administration (a commit that changes a user) calls this
-- before tb_set_user_access; only an active administrator may (tb_require_administrator and tb_trialbench_role,
-- schema 8, are looked up when the function runs).
CREATE FUNCTION tb_set_statistician(p_username VARCHAR, p_statistician BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM tb_require_administrator();
    PERFORM tb_trialbench_role(p_username); -- a new user's login role is made here, or refused if foreign
    IF p_statistician THEN
        EXECUTE format('GRANT trialbench_statistician TO %I', p_username);
    ELSE
        EXECUTE format('REVOKE trialbench_statistician FROM %I', p_username);
    END IF;
END
$$;

REVOKE ALL ON FUNCTION tb_set_statistician(VARCHAR, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_set_statistician(VARCHAR, BOOLEAN) TO trialbench_user;
