package org.tatawwu.privacy;

import java.util.List;

/**
 * A place holding records of one class that a {@link RetentionSweep} may destroy: the vault (see
 * {@link Privacy#vaultRetention}), or a platform's own store of background checks or check-in
 * locations.
 *
 * <p>Implementations are thread-safe.
 */
public interface RetentionTarget {
  /**
   * Returns the class of the records held.
   *
   * @return the class
   */
  RecordClass recordClass();

  /**
   * Returns the records held now.
   *
   * @return the records, each of {@link #recordClass()}
   */
  List<RetainedRecord> records();

  /**
   * Destroys a record.
   *
   * @param record a record of {@link #records()}, not null
   */
  void destroy(RetainedRecord record);

  /**
   * Returns the records held without the instant their retention counts from: they can never fall
   * due, so the sweep lists them ({@link RetentionReport#undated()}) for someone to decide.
   *
   * @return the records, empty by default
   */
  default List<RetentionReport.Undated> undated() {
    return List.of();
  }
}
