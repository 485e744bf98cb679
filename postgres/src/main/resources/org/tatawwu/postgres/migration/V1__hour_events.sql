-- Tatawwu schema version 1: the schema-version table and the hour ledger's events.
-- Apply the migrations in order (V1, V2, ...), each once, each in one transaction. Every migration
-- records itself in tatawwu_schema_version; the stores refuse a schema they do not know.

CREATE TABLE tatawwu_schema_version (
  version      integer     PRIMARY KEY CHECK (version >= 1),
  description  text        NOT NULL,
  installed_at timestamptz NOT NULL DEFAULT now()
);

-- One row per event of the hour ledger's append-only log. The sequence runs from 1 without gaps;
-- its primary key is what makes an append optimistic: two nodes cannot both take one sequence.
-- Instants are kept exactly, as seconds and nanoseconds of the epoch (timestamptz keeps only
-- microseconds). Rows are never updated or deleted.
CREATE TABLE tatawwu_hour_event (
  sequence             bigint   PRIMARY KEY CHECK (sequence >= 1),
  at_second            bigint   NOT NULL,
  at_nano              integer  NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999),
  actor                text     NOT NULL,
  type                 text     NOT NULL CHECK (type IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
  note                 text,
  entry_id             text     NOT NULL,
  idempotency_key      text     NOT NULL,
  volunteer            text     NOT NULL,
  opportunity          text     NOT NULL,
  entity               text     NOT NULL,
  supervising_entity   text     NOT NULL,
  field                text     NOT NULL,
  region               text     NOT NULL,
  day                  date     NOT NULL,
  start_second         bigint   NOT NULL,
  start_nano           integer  NOT NULL CHECK (start_nano BETWEEN 0 AND 999999999),
  end_second           bigint   NOT NULL,
  end_nano             integer  NOT NULL CHECK (end_nano BETWEEN 0 AND 999999999),
  credited_minutes     integer  NOT NULL CHECK (credited_minutes >= 1),
  source               text     NOT NULL,
  compulsory           boolean  NOT NULL,
  status               text     NOT NULL,
  submitted_at_second  bigint   NOT NULL,
  submitted_at_nano    integer  NOT NULL CHECK (submitted_at_nano BETWEEN 0 AND 999999999),
  submitted_by         text     NOT NULL,
  corrects             text,
  superseded_by        text,
  decided_by           text,
  decided_at_second    bigint,
  decided_at_nano      integer  CHECK (decided_at_nano BETWEEN 0 AND 999999999),
  entry_note           text
);

INSERT INTO tatawwu_schema_version (version, description) VALUES (1, 'hour events');
