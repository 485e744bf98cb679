package org.tatawwu.impl.privacy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A vault store kept in memory: keys in a map (a destroyed key's array is overwritten with zeros
 * before it is dropped), sealed records in an append-only list. Thread-safe (one lock).
 */
final class InMemoryVaultStore implements VaultStore {
  private final Map<VolunteerId, byte[]> keys = new HashMap<>();
  private final Set<VolunteerId> destroyed = new LinkedHashSet<>();
  private final List<VolunteerId> logSubjects = new ArrayList<>();
  private final List<byte[]> log = new ArrayList<>();

  @Override
  public synchronized void putKey(VolunteerId subject, byte[] wrappedKey) {
    Objects.requireNonNull(subject, "subject");
    StoreLimits.checkKey(wrappedKey);
    if (keys.containsKey(subject) || destroyed.contains(subject)) {
      throw new IllegalStateException("the volunteer already has a key, or had one destroyed");
    }
    keys.put(subject, wrappedKey.clone());
  }

  @Override
  public synchronized void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed) {
    StoreLimits.checkSealed(sealed); // before the key: both or neither
    putKey(subject, wrappedKey);
    append(subject, sealed);
  }

  @Override
  public synchronized Optional<byte[]> key(VolunteerId subject) {
    byte[] k = keys.get(Objects.requireNonNull(subject, "subject"));
    return k == null ? Optional.empty() : Optional.of(k.clone());
  }

  @Override
  public synchronized boolean destroyKey(VolunteerId subject) {
    byte[] k = keys.remove(Objects.requireNonNull(subject, "subject"));
    if (k == null) {
      return false;
    }
    Arrays.fill(k, (byte) 0);
    destroyed.add(subject);
    return true;
  }

  @Override
  public synchronized boolean destroyed(VolunteerId subject) {
    return destroyed.contains(Objects.requireNonNull(subject, "subject"));
  }

  @Override
  public synchronized void append(VolunteerId subject, byte[] sealed) {
    Objects.requireNonNull(subject, "subject");
    StoreLimits.checkSealed(sealed);
    logSubjects.add(subject);
    log.add(sealed.clone());
  }

  @Override
  public synchronized List<byte[]> sealed(VolunteerId subject) {
    Objects.requireNonNull(subject, "subject");
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      if (logSubjects.get(i).equals(subject)) {
        out.add(log.get(i).clone());
      }
    }
    return out;
  }

  @Override
  public synchronized Set<VolunteerId> subjects() {
    Set<VolunteerId> out = new LinkedHashSet<>(keys.keySet());
    out.addAll(destroyed);
    return Set.copyOf(out);
  }

  @Override
  public void close() {}

  /** Every byte the store holds (keys, then records), for tests that scan it. */
  synchronized byte[] heldBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    keys.values().forEach(out::writeBytes);
    log.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryVaultStore[keys=" + keys.size() + ", records=" + log.size() + "]";
  }
}
