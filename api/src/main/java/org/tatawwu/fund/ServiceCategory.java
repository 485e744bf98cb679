package org.tatawwu.fund;

/** What a disbursement pays for. */
public enum ServiceCategory {
  /** Relief: food, shelter, cash aid. */
  RELIEF,
  /** Health. */
  HEALTH,
  /** Awareness campaigns. */
  AWARENESS,
  /** Community services. */
  COMMUNITY_SERVICES
}
