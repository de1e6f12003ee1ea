-- Data locks (V4) freeze clinical_object rows; since V6 those rows carry the adjudication review seal, so a
-- frozen row keeps it too (an adjudicator reading a lock stays sealed off from undecided colleagues' reviews).
ALTER TABLE locked_object ADD COLUMN sealed_case VARCHAR(64);
ALTER TABLE locked_object ADD COLUMN sealed_owner VARCHAR(64);
