-- Gugus schema V2 for H2 (issue #6): the audit log, hashed victim identities, sealed personal data.
-- Free-text columns are twice as long as on the other databases, as in V1 (H2 counts UTF-16 units).

-- The audit log (DESIGN §10). Append-only: the store inserts and reads, and has no code that
-- updates or deletes a row; grant the application's user only INSERT and SELECT on it to make
-- that a rule of the database too. sequence_no is the order of appending.
CREATE TABLE audit_entry (
    sequence_no       BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at       TIMESTAMP(6) NOT NULL, -- UTC, to the microsecond
    occurred_nano     INTEGER      NOT NULL, -- nanosecond of that second: the instant reads back exactly
    actor_id          VARCHAR(400) NOT NULL,
    action            VARCHAR(20)  NOT NULL,
    aggregate_type    VARCHAR(80)  NOT NULL,
    aggregate_id      VARCHAR(400),
    aggregate_version BIGINT       NOT NULL,
    jurisdiction      VARCHAR(13)  NOT NULL,
    outcome           VARCHAR(10)  NOT NULL,
    access_rule       VARCHAR(40),
    CONSTRAINT pk_audit_entry PRIMARY KEY (sequence_no)
);
CREATE INDEX ix_audit_entry_aggregate ON audit_entry (aggregate_type, aggregate_id, sequence_no);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id, sequence_no);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);

-- Hashes of the keys that say two victim records may be one person (VictimIdentity: the NIK; the
-- name with the birth date), so that duplicates and NIK look-ups never read personal data. With
-- personal-data keys, key_hash is an HMAC-SHA256 under the key named by hash_key_id; without,
-- hash_key_id is NULL and key_hash a plain SHA-256. Lower-case hex either way.
CREATE TABLE victim_identity (
    case_id     CHAR(36)    NOT NULL,
    victim_seq  INTEGER     NOT NULL,
    reason      VARCHAR(30) NOT NULL, -- the DuplicateReason a shared key means
    victim_id   CHAR(36)    NOT NULL,
    key_hash    CHAR(64)    NOT NULL,
    hash_key_id VARCHAR(40),
    CONSTRAINT pk_victim_identity PRIMARY KEY (case_id, victim_seq, reason),
    CONSTRAINT fk_victim_identity_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_victim_identity_hash ON victim_identity (hash_key_id, key_hash, case_id);

-- Personal data encrypted at rest: with personal-data keys, sealed holds base64(format | IV |
-- AES-GCM ciphertext and tag) of name, NIK, contact and address, key_id names the key, and the
-- plain columns are NULL. Rows written without keys keep the plain columns and no seal.
ALTER TABLE personal_data ADD COLUMN sealed CLOB;
ALTER TABLE personal_data ADD COLUMN key_id VARCHAR(40);
ALTER TABLE personal_data ADD CONSTRAINT ck_personal_data_sealed CHECK (
    (sealed IS NULL AND key_id IS NULL)
    OR (sealed IS NOT NULL AND key_id IS NOT NULL AND name IS NULL AND nik IS NULL AND contact IS NULL AND address IS NULL));
