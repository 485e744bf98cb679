package org.tatawwu.privacy;

import java.util.List;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Where a {@link ConsentRegister} keeps its entries: an append-only history per volunteer, never
 * rewritten. The library provides one kept in memory ({@link Privacy#inMemoryConsentStore()}); the
 * {@code tatawwu-postgres} module provides one in PostgreSQL ({@code PostgresConsentStore}), which
 * any number of application nodes share: a consent given or withdrawn on one node decides the
 * questions asked on every node from then on.
 *
 * <p>Implementations are thread-safe.
 */
public interface ConsentStore {
  /**
   * Appends an entry; returns once it is stored (durably, for a durable store).
   *
   * @param entry the entry, not null
   * @throws RuntimeException as the implementation documents, if the entry cannot be stored; it is
   *     then stored or not, and {@link #history} says which
   */
  void append(ConsentRecord entry);

  /**
   * Returns a volunteer's entries in the order they were appended.
   *
   * @param subject the volunteer, not null
   * @return the entries, possibly empty
   */
  List<ConsentRecord> history(VolunteerId subject);
}
