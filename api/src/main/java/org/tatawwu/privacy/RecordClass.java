package org.tatawwu.privacy;

/**
 * A class of records with its own retention schedule.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecordClass {
  /** A volunteer's personal data in the vault: identifier, name, contact, birth date, location. */
  PERSONAL_DATA,
  /** The results of background checks (criminal records: sensitive). */
  BACKGROUND_CHECK,
  /** Where a volunteer was when checking in or out of a shift. */
  CHECK_IN_LOCATION,
  /** Appraisals about a volunteer. */
  APPRAISAL,
  /** Consent history. */
  CONSENT_HISTORY,
  /** Hour records: the national record of volunteer work, kept in an append-only ledger. */
  HOUR_RECORD,
  /** Community Fund records: the fund's books. */
  FUND_RECORD
}
