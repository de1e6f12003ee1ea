-- Schema 12 (embedded): a data lock records the audit chain's head as it was at the lock (its anchor), so that
-- ./trialbench audit --verify --anchor LOCK-ID can prove the chain up to that point unchanged later.
ALTER TABLE data_lock ADD COLUMN audit_sequence BIGINT;
ALTER TABLE data_lock ADD COLUMN audit_hash VARCHAR(64);
