package org.tatawwu.matching;

import org.tatawwu.eligibility.ShiftOffer;

/**
 * The shifts on offer, prepared once by {@link Ranker#catalog} so that each ranking scans flat
 * columns instead of walking objects. Offers are held in a fixed order (opportunity number, then
 * shift id), which is also the tie-break of equal scores.
 *
 * <p>Immutable and thread-safe; one catalog serves any number of concurrent rankings. Memory: about
 * 64 bytes per offer besides the offers themselves.
 */
public interface ShiftCatalog {
  /**
   * Returns the number of offers.
   *
   * @return the count
   */
  int size();

  /**
   * Returns an offer.
   *
   * @param index 0 to size-1, in the catalog's order
   * @return the offer
   */
  ShiftOffer offer(int index);
}
