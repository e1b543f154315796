-- Gugus schema V5 for MariaDB (issue #15 step 2): structured personal data.
--
-- personal_data.details holds, in a row kept in plain text (a store without keys), the whole
-- structured personal data as JSON: name and name as known, contacts by type, the address with its
-- area code, identity documents. name and nik stay beside it for readers of the plain columns;
-- contact and address are no longer written. A sealed row seals the same JSON, so details is NULL
-- there like every plain column. Rows written before V5 have no details and read from the four
-- plain columns as before.
--
-- victim_identity gets key_seq: a victim has one key per reason for the NIK and the name, but one
-- per identity document (reason SAME_IDENTITY_DOCUMENT), numbered from 0.

ALTER TABLE personal_data
    ADD COLUMN details LONGTEXT,
    ADD CONSTRAINT ck_personal_data_details_sealed CHECK (sealed IS NULL OR details IS NULL);

ALTER TABLE victim_identity
    ADD COLUMN key_seq INTEGER NOT NULL DEFAULT 0,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (case_id, victim_seq, reason, key_seq);
