package org.tatawwu.fund;

/** Who gives. */
public enum DonorType {
  /** A person. */
  INDIVIDUAL,
  /** An institution (a foundation, a public body). */
  INSTITUTION,
  /** A company. */
  COMPANY
}
