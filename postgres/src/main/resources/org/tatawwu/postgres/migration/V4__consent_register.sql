-- Tatawwu schema version 4: the consent register.
-- One row per consent given or withdrawn, appended and never updated or deleted; the identity
-- column orders a volunteer's entries as they were recorded. Instants are kept exactly, as seconds
-- and nanoseconds of the epoch. The subject is the volunteer's pseudonymous key, not a national ID.
CREATE TABLE tatawwu_consent (
  id         bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject    text     NOT NULL CHECK (octet_length(subject) BETWEEN 1 AND 256),
  purpose    text     NOT NULL CHECK (octet_length(purpose) BETWEEN 1 AND 256),
  notice     text     NOT NULL CHECK (octet_length(notice) BETWEEN 1 AND 256),
  given_by   text     NOT NULL CHECK (given_by IN ('VOLUNTEER', 'GUARDIAN')),
  action     text     NOT NULL CHECK (action IN ('GIVEN', 'WITHDRAWN')),
  at_second  bigint   NOT NULL,
  at_nano    integer  NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999)
);

CREATE INDEX tatawwu_consent_subject ON tatawwu_consent (subject, id);

INSERT INTO tatawwu_schema_version (version, description) VALUES (4, 'consent register');
