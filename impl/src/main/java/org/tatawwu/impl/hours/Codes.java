package org.tatawwu.impl.hours;

import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;

/**
 * Small fixed codes for the hour enums, as the ledger's columns and the event log store them: a
 * value's code is its place in the arrays here, so adding a constant to an enum does not change
 * what stored codes mean.
 */
final class Codes {
  private Codes() {}

  static final HourEvent.Type[] TYPES = {
    HourEvent.Type.SUBMITTED,
    HourEvent.Type.APPROVED,
    HourEvent.Type.REJECTED,
    HourEvent.Type.SUPERSEDED
  };

  static final HourSource[] SOURCES = {
    HourSource.ATTENDANCE,
    HourSource.CLAIM,
    HourSource.ROSTER,
    HourSource.CORRECTION,
    HourSource.DIRECT
  };

  static final HourStatus[] STATUSES = {
    HourStatus.SUBMITTED, HourStatus.APPROVED, HourStatus.REJECTED, HourStatus.SUPERSEDED
  };

  /** 0 to 3. */
  static int of(HourEvent.Type t) {
    return switch (t) {
      case SUBMITTED -> 0;
      case APPROVED -> 1;
      case REJECTED -> 2;
      case SUPERSEDED -> 3;
    };
  }

  /** 0 to 4. */
  static int of(HourSource s) {
    return switch (s) {
      case ATTENDANCE -> 0;
      case CLAIM -> 1;
      case ROSTER -> 2;
      case CORRECTION -> 3;
      case DIRECT -> 4;
    };
  }

  /** 0 to 3. */
  static int of(HourStatus s) {
    return switch (s) {
      case SUBMITTED -> 0;
      case APPROVED -> 1;
      case REJECTED -> 2;
      case SUPERSEDED -> 3;
    };
  }

  static final EvidenceGrade[] GRADES = {
    EvidenceGrade.NONE,
    EvidenceGrade.LOCATION,
    EvidenceGrade.CHECK_IN_CODE,
    EvidenceGrade.ENTITY_RECORDED
  };

  /** 0 to 3. */
  static int of(EvidenceGrade g) {
    return switch (g) {
      case NONE -> 0;
      case LOCATION -> 1;
      case CHECK_IN_CODE -> 2;
      case ENTITY_RECORDED -> 3;
    };
  }
}
