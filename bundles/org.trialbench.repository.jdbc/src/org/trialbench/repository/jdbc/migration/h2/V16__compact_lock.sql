-- Schema 16 (embedded): a data lock is stored as one compact record per subject and visibility class (site,
-- allocation-revealing, review seal) instead of one row per frozen object. Reading a lock then reads one row per
-- subject (and class), and locking writes one; the frozen objects of a record are a JSON array of
-- [id, object_type, parent_id, container_feature, ordinal, state], ordered by ordinal and id.
-- The rows of a record all share its subject, site, allocation-revealing flag and review seal, so a reader filters
-- whole records by the same rules as it filtered the rows of locked_object.
CREATE TABLE locked_subject (
    lock_id            VARCHAR(64)            NOT NULL,
    subject_id         VARCHAR(64)            NOT NULL,
    site_id            VARCHAR(64),
    reveals_allocation BOOLEAN                NOT NULL,
    sealed_case        VARCHAR(64),
    sealed_owner       VARCHAR(64),
    object_count       INT                    NOT NULL,
    objects            CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX locked_subject_read ON locked_subject (lock_id, subject_id);

-- Locks made before schema 16 are converted: their locked_object rows stay as they are (a lock is never changed),
-- and the same rows are also held as records, so every lock is read one way. A lock is read from its records only.
INSERT INTO locked_subject (lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, object_count,
                            objects)
    SELECT lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, COUNT(*),
           CAST(JSON_ARRAYAGG(JSON_ARRAY(id, object_type, parent_id, container_feature, ordinal, state NULL ON NULL)
                ORDER BY ordinal, id) AS CHARACTER LARGE OBJECT)
      FROM locked_object
     WHERE subject_id IS NOT NULL
     GROUP BY lock_id, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner;
