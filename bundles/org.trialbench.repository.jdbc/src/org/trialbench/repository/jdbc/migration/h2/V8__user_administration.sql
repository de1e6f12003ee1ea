-- User administration (schema 8): the store records who is an administrator, so that the rule "only an
-- administrator changes users" holds in the store itself; backfilled from the users' roles.
ALTER TABLE app_user ADD COLUMN administrator BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE app_user SET administrator = TRUE WHERE user_id IN (
    SELECT id FROM clinical_object
     WHERE object_type = 'User' AND deleted = FALSE
       AND REGEXP_LIKE(state, '(^|\n)roles=[^\n]*administrator'));
