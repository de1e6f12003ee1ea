-- Schema 12 (server): the database as the security boundary.
ALTER TABLE data_lock ADD COLUMN audit_sequence BIGINT;
ALTER TABLE data_lock ADD COLUMN audit_hash VARCHAR(64);
