package org.tatawwu.incident;

/** A volunteer's answer to an offer. No answer by the due time is recorded by the command. */
public enum Answer {
  /** The volunteer takes the seat. */
  ACCEPT,
  /** The volunteer cannot come. */
  DECLINE
}
