package org.tatawwu.fund;

/** How a donation arrived. */
public enum Channel {
  /** A bank transfer. */
  BANK_TRANSFER,
  /** A card payment. */
  CARD,
  /** A text-message donation. */
  SMS,
  /** The platform's wallet. */
  PLATFORM
}
