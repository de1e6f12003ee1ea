-- Data locks: the clinical records of every subject frozen as of one commit, so that publication tables
-- computed from a lock never change when later commits arrive. A lock is not a commit: it changes no value.
CREATE TABLE data_lock (
    lock_id     VARCHAR(64)  PRIMARY KEY,
    commit_id   BIGINT       NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(100) NOT NULL,
    reason      VARCHAR      NOT NULL,
    subjects    INT          NOT NULL
);

-- Copies of clinical_object rows (those of subjects) as they were at the lock.
CREATE TABLE locked_object (
    lock_id            VARCHAR(64)  NOT NULL,
    id                 VARCHAR(64)  NOT NULL,
    object_type        VARCHAR(64)  NOT NULL,
    parent_id          VARCHAR(64),
    container_feature  VARCHAR(64),
    ordinal            INT          NOT NULL,
    subject_id         VARCHAR(64),
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN      NOT NULL,
    state              VARCHAR      NOT NULL,
    PRIMARY KEY (lock_id, id)
);
CREATE INDEX locked_object_subject ON locked_object (lock_id, subject_id);

-- Who may lock, and who is blinded only until the first lock (the writing committee).
ALTER TABLE app_user ADD COLUMN may_lock BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN unblinded_by_lock BOOLEAN DEFAULT FALSE NOT NULL;
