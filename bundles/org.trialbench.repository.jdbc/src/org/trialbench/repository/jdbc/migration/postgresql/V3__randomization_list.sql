-- Trialbench store, schema 3 (server): the concealed randomization list. Only members of
-- trialbench_statistician may read or write the list; investigators cannot read it at all. Randomizing goes
-- through tb_take_slot, a security-definer function that hands out the next free slot of one stratum for one
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

-- The caller must see the subject unblinded and be bound to its site (an investigator there). The slot is
-- chosen and marked in one statement; commits are serialized by the audit head lock the caller holds.
CREATE FUNCTION tb_take_slot(p_subject VARCHAR, p_stratum VARCHAR, OUT slot_sequence INT, OUT slot_arm VARCHAR)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    subject_site VARCHAR;
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
    UPDATE randomization_slot s SET subject_id = p_subject, used_by = session_user, used_at = now()
     WHERE s.stratum = p_stratum
       AND s.sequence = (SELECT MIN(f.sequence) FROM randomization_slot f
                          WHERE f.stratum = p_stratum AND f.subject_id IS NULL)
    RETURNING s.sequence, s.arm_code INTO slot_sequence, slot_arm;
    IF slot_sequence IS NULL THEN
        RAISE EXCEPTION 'the randomization list has no free slot in stratum %', p_stratum;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION tb_take_slot(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tb_take_slot(VARCHAR, VARCHAR) TO trialbench_user;
