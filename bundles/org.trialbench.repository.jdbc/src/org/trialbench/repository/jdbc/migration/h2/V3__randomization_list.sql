-- Trialbench store, schema 3 (embedded): the concealed randomization list. The embedded store is one user's
-- file, so Trialbench itself enforces who reads it; the PostgreSQL variant lets the server enforce it.

CREATE TABLE randomization_list (
    id            INT          PRIMARY KEY,
    seed          BIGINT       NOT NULL,
    generated_by  VARCHAR(100) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    method        VARCHAR      NOT NULL
);

-- One row per slot; subject_id is set once when an investigator randomizes a subject into it.
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
