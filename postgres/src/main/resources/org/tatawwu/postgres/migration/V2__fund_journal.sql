-- Tatawwu schema version 2: the Community Fund's journal.
-- One row per journal entry of the append-only log. The sequence runs from 1 without gaps; its
-- primary key is what makes an append optimistic: two nodes cannot both take one sequence. Amounts
-- and balances are whole halalas (bigint). Instants are kept exactly, as seconds and nanoseconds of
-- the epoch. The columns of an operation kind are present exactly for that kind. Rows are never
-- updated or deleted.
CREATE TABLE tatawwu_fund_entry (
  sequence             bigint   PRIMARY KEY CHECK (sequence >= 1),
  at_second            bigint   NOT NULL,
  at_nano              integer  NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999),
  day                  date     NOT NULL,
  balance_after        bigint   NOT NULL CHECK (balance_after >= 0),
  kind                 text     NOT NULL CHECK (kind IN ('DONATION', 'REFUND', 'DISBURSEMENT')),
  idempotency_key      text     NOT NULL,
  fund                 text     NOT NULL,
  amount               bigint   NOT NULL CHECK (amount >= 1),
  recorded_by          text     NOT NULL,
  -- a donation
  donor                text,
  donor_type           text,
  channel              text,
  -- a refund
  donation             bigint,
  reason               text,
  -- a disbursement
  association          text,
  category             text,
  region               text,
  disbursed_on         date,
  beneficiary          text,
  verified_by          text,
  verified_at_second   bigint,
  verified_at_nano     integer  CHECK (verified_at_nano BETWEEN 0 AND 999999999),
  evidence             text,
  volunteers_involved  integer  CHECK (volunteers_involved >= 0),
  CHECK ((kind = 'DONATION') = (donor IS NOT NULL AND donor_type IS NOT NULL AND channel IS NOT NULL)),
  CHECK ((kind = 'REFUND') = (donation IS NOT NULL AND reason IS NOT NULL)),
  CHECK ((kind = 'DISBURSEMENT') = (association IS NOT NULL AND category IS NOT NULL
                                    AND region IS NOT NULL AND disbursed_on IS NOT NULL
                                    AND volunteers_involved IS NOT NULL)),
  CHECK ((verified_by IS NULL) = (verified_at_second IS NULL)
         AND (verified_by IS NULL) = (verified_at_nano IS NULL)
         AND (verified_by IS NULL) = (evidence IS NULL))
);

INSERT INTO tatawwu_schema_version (version, description) VALUES (2, 'fund journal');
