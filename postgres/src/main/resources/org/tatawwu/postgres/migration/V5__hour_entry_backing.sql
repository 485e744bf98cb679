-- Tatawwu schema version 5: what backs an hour entry, kept with its events.
-- shift: the shift the work was done in, if the submission named one.
-- review: why the entry awaits a coordinator's review, one reason a line: its code, then each
--   argument as a tab, its name, a tab, a letter for its kind (s text, l long, i int, d ISO date)
--   and its value; a backslash, tab, line feed or carriage return inside is written \\, \t, \n,
--   \r. NULL when nothing is in doubt.
-- evidence_code, location_verified, auto_check_out: the attendance evidence that held (the id of a
--   verified check-in code; a check-in location within the radius, not the location itself; an
--   automatic check-out at the shift's end).
-- Rows written before this version named no shift, had no review reason and no evidence.

ALTER TABLE tatawwu_hour_event
  ADD COLUMN shift             text,
  ADD COLUMN review            text,
  ADD COLUMN evidence_code     text,
  ADD COLUMN location_verified boolean NOT NULL DEFAULT false,
  ADD COLUMN auto_check_out    boolean NOT NULL DEFAULT false;

INSERT INTO tatawwu_schema_version (version, description) VALUES (5, 'hour entry backing');
