-- Tatawwu schema version 3: the personal data vault (crypto-shredding).
-- One row per volunteer with a wrapped (encrypted) data key; destroying the key sets it to NULL and
-- marks the volunteer erased, for good. Sealed records are AES-GCM ciphertext under that key,
-- appended and never updated or deleted. No personal value is ever stored in clear here.
CREATE TABLE tatawwu_vault_subject (
  subject      text     PRIMARY KEY CHECK (octet_length(subject) BETWEEN 1 AND 256),
  wrapped_key  bytea    CHECK (octet_length(wrapped_key) BETWEEN 1 AND 128),
  destroyed    boolean  NOT NULL DEFAULT false,
  CHECK (destroyed = (wrapped_key IS NULL))
);

CREATE TABLE tatawwu_vault_record (
  id       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject  text    NOT NULL CHECK (octet_length(subject) BETWEEN 1 AND 256),
  sealed   bytea   NOT NULL CHECK (octet_length(sealed) BETWEEN 1 AND 1048576)
);

CREATE INDEX tatawwu_vault_record_subject ON tatawwu_vault_record (subject, id);

INSERT INTO tatawwu_schema_version (version, description) VALUES (3, 'personal data vault');
