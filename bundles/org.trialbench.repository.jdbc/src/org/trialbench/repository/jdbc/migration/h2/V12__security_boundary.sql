-- Schema 12 (embedded): a data lock records the audit chain's head as it was at the lock (its anchor), so that
-- ./trialbench audit --verify --anchor LOCK-ID can prove the chain up to that point unchanged later.
ALTER TABLE data_lock ADD COLUMN audit_sequence BIGINT;
ALTER TABLE data_lock ADD COLUMN audit_hash VARCHAR(64);

-- Rows are classified as a server store classifies them: queries, messages and signatures under a record that
-- reveals the allocation reveal it too (up to three levels below an arm-specific form), and adjudication cases
-- and their reviews carry their subject's site. The audit entries and frozen rows follow their objects.
UPDATE clinical_object c SET reveals_allocation = TRUE WHERE NOT reveals_allocation
    AND EXISTS (SELECT 1 FROM clinical_object p WHERE p.id = c.parent_id AND p.reveals_allocation);
UPDATE clinical_object c SET reveals_allocation = TRUE WHERE NOT reveals_allocation
    AND EXISTS (SELECT 1 FROM clinical_object p WHERE p.id = c.parent_id AND p.reveals_allocation);
UPDATE clinical_object c SET reveals_allocation = TRUE WHERE NOT reveals_allocation
    AND EXISTS (SELECT 1 FROM clinical_object p WHERE p.id = c.parent_id AND p.reveals_allocation);
UPDATE clinical_object c SET site_id = (SELECT s.site_id FROM clinical_object s WHERE s.object_type = 'Subject'
        AND LOCATE(CHAR(10) || 'subject=' || s.id || CHAR(10), CHAR(10) || c.state) > 0 FETCH FIRST 1 ROW ONLY)
    WHERE c.object_type = 'AdjudicationCase';
UPDATE clinical_object c SET site_id = (SELECT p.site_id FROM clinical_object p WHERE p.id = c.parent_id)
    WHERE c.object_type = 'AdjudicationReview';
UPDATE clinical_object c SET site_id = (SELECT p.site_id FROM clinical_object p WHERE p.id = c.parent_id)
    WHERE c.object_type = 'Signature' AND c.subject_id IS NULL;
UPDATE audit_entry a SET reveals_allocation = TRUE WHERE NOT reveals_allocation
    AND EXISTS (SELECT 1 FROM clinical_object o WHERE o.id = a.object_id AND o.reveals_allocation);
UPDATE audit_entry a SET site_id = (SELECT o.site_id FROM clinical_object o WHERE o.id = a.object_id)
    WHERE a.object_type IN ('AdjudicationCase', 'AdjudicationReview', 'Signature') AND a.subject_id IS NULL
      AND EXISTS (SELECT 1 FROM clinical_object o WHERE o.id = a.object_id);
UPDATE locked_object l SET reveals_allocation = TRUE WHERE NOT reveals_allocation
    AND EXISTS (SELECT 1 FROM clinical_object o WHERE o.id = l.id AND o.reveals_allocation);
