package org.tatawwu.organization;

/**
 * The legal type of a participating entity. The Volunteer Work Law lets non-profit, public and
 * civil entities use volunteers; a private company may do so only for work without direct or
 * indirect profit.
 */
public enum EntityType {
  /** A non-profit civil association (جمعية أهلية). */
  NON_PROFIT_ASSOCIATION(false),
  /** A non-profit foundation or endowment (مؤسسة أهلية، وقف). */
  FOUNDATION(false),
  /** A government entity. */
  GOVERNMENT_ENTITY(false),
  /** A school, university or other educational institution. */
  EDUCATIONAL_INSTITUTION(false),
  /** A cooperative society. */
  COOPERATIVE(false),
  /** A private company: only for non-profit work. */
  PRIVATE_COMPANY(true);

  private final boolean profitSeeking;

  EntityType(boolean profitSeeking) {
    this.profitSeeking = profitSeeking;
  }

  /**
   * Returns whether entities of this type seek profit, so that each of their opportunities must be
   * declared non-profit work.
   *
   * @return true for private companies
   */
  public boolean isProfitSeeking() {
    return profitSeeking;
  }
}
