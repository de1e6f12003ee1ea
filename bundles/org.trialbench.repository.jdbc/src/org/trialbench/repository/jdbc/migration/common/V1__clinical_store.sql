-- Trialbench store, schema 1: clinical objects, users, commits and the hash-chained audit trail.
-- Written for both H2 2.x and PostgreSQL; what differs lives in the vendor folders.

-- Named documents of the store: the trial id, the protocol (XMI), the store's own settings.
CREATE TABLE store_info (
    name        VARCHAR(100) PRIMARY KEY,
    content     VARCHAR
);

-- Login names and what the store itself enforces: blinding, trial-wide or site-bound access.
-- password_hash is used by the embedded store only; a server authenticates through its own roles.
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    user_id       VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(400),
    blinded       BOOLEAN      NOT NULL,
    trial_wide    BOOLEAN      NOT NULL,
    active        BOOLEAN      NOT NULL
);

CREATE TABLE user_site (
    username    VARCHAR(100) NOT NULL,
    site_id     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (username, site_id)
);

-- Every clinical EMF object is one row; its persistent features are in state (feature=value lines).
-- subject_id and site_id place it for lazy loading and access control; reveals_allocation marks
-- allocations and arm-specific records that blinded users never see.
CREATE TABLE clinical_object (
    id                 VARCHAR(64)  PRIMARY KEY,
    object_type        VARCHAR(64)  NOT NULL,
    parent_id          VARCHAR(64),
    container_feature  VARCHAR(64),
    ordinal            INT          NOT NULL,
    subject_id         VARCHAR(64),
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN      NOT NULL,
    state              VARCHAR      NOT NULL,
    last_commit        BIGINT       NOT NULL,
    deleted            BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX clinical_object_subject ON clinical_object (subject_id);
CREATE INDEX clinical_object_type_site ON clinical_object (object_type, site_id);
CREATE INDEX clinical_object_parent ON clinical_object (parent_id);

CREATE TABLE commit_log (
    commit_id      BIGINT       PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    committed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR      NOT NULL,
    changed_values INT          NOT NULL,
    subject_ids    VARCHAR,
    last_sequence  BIGINT       NOT NULL,
    head_hash      VARCHAR(64)  NOT NULL
);

-- Append-only, one row per changed value; hash = SHA-256(previous hash, this entry's fields).
CREATE TABLE audit_entry (
    sequence           BIGINT       PRIMARY KEY,
    commit_id          BIGINT       NOT NULL,
    username           VARCHAR(100) NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason             VARCHAR      NOT NULL,
    object_id          VARCHAR(64)  NOT NULL,
    object_type        VARCHAR(64)  NOT NULL,
    feature            VARCHAR(64)  NOT NULL,
    old_value          VARCHAR,
    new_value          VARCHAR,
    subject_id         VARCHAR(64),
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN      NOT NULL,
    hash               VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_object ON audit_entry (object_id);
CREATE INDEX audit_entry_subject ON audit_entry (subject_id);
CREATE INDEX audit_entry_user ON audit_entry (username, changed_at);
CREATE INDEX audit_entry_commit ON audit_entry (commit_id);

-- The chain's head: locked by every commit, which serializes commits and keeps sequences gapless.
CREATE TABLE audit_head (
    id             INT          PRIMARY KEY,
    last_sequence  BIGINT       NOT NULL,
    last_hash      VARCHAR(64)  NOT NULL,
    last_commit    BIGINT       NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash, last_commit)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
