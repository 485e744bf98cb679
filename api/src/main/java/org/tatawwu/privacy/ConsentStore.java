package org.tatawwu.privacy;

import java.util.List;
import java.util.Set;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Where a {@link ConsentRegister} keeps its entries: an append-only history per volunteer, never
 * rewritten, destroyed whole when its retention ends ({@link #destroyHistory}). The library
 * provides one kept in memory ({@link Privacy#inMemoryConsentStore()}); the {@code
 * tatawwu-postgres} module provides one in PostgreSQL ({@code PostgresConsentStore}), which any
 * number of application nodes share: a consent given or withdrawn on one node decides the questions
 * asked on every node from then on.
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

  /**
   * Returns every volunteer with at least one entry.
   *
   * @return the volunteers
   */
  Set<VolunteerId> subjects();

  /**
   * Destroys a volunteer's whole history, for retention ({@link Privacy#consentRetention}): the
   * only change ever made to an entry once appended.
   *
   * @param subject the volunteer, not null
   * @return how many entries were destroyed
   * @throws RuntimeException as the implementation documents, if the store cannot be written; the
   *     history is then destroyed or not, and {@link #history} says which
   */
  int destroyHistory(VolunteerId subject);
}
