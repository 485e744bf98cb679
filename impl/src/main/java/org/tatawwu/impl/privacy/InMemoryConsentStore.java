package org.tatawwu.impl.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.volunteer.VolunteerId;

/** A consent store kept in memory: an append-only list per volunteer. Thread-safe (one lock). */
final class InMemoryConsentStore implements ConsentStore {
  private final Map<VolunteerId, List<ConsentRecord>> history = new HashMap<>();

  @Override
  public synchronized void append(ConsentRecord entry) {
    Objects.requireNonNull(entry, "entry");
    history.computeIfAbsent(entry.subject(), k -> new ArrayList<>()).add(entry);
  }

  @Override
  public synchronized List<ConsentRecord> history(VolunteerId subject) {
    return List.copyOf(history.getOrDefault(Objects.requireNonNull(subject, "subject"), List.of()));
  }

  @Override
  public synchronized Set<VolunteerId> subjects() {
    return Set.copyOf(history.keySet());
  }

  @Override
  public synchronized int destroyHistory(VolunteerId subject) {
    List<ConsentRecord> gone = history.remove(Objects.requireNonNull(subject, "subject"));
    return gone == null ? 0 : gone.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryConsentStore[volunteers=" + history.size() + "]";
  }
}
