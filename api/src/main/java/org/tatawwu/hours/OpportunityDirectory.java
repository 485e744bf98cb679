package org.tatawwu.hours;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Where the ledger looks up an opportunity and its entity, to check dates and to file hours under
 * entity, supervising entity, field and region; and, for the checks of {@link HourVerification},
 * the shift rosters' enrollments and the field catalogue. A directory that holds no enrollments
 * ({@link #holdsEnrollments()} false) or no catalogue makes those checks unverifiable: they say so
 * ({@code hours.enrollmentUnverifiable}, {@code hours.fieldUnverifiable}), never pass silently.
 * Implementations must be thread-safe.
 */
public interface OpportunityDirectory {
  /**
   * Finds an opportunity.
   *
   * @param number not null
   * @return the opportunity, or empty
   */
  Optional<Opportunity> opportunity(OpportunityNumber number);

  /**
   * Finds an entity.
   *
   * @param id not null
   * @return the entity, or empty
   */
  Optional<ParticipatingEntity> entity(EntityId id);

  /**
   * Returns whether this directory holds the shift rosters' enrollments, so that {@link
   * #enrollment} answers.
   *
   * @return false unless overridden
   */
  default boolean holdsEnrollments() {
    return false;
  }

  /**
   * Finds a volunteer's enrollment on a shift as it stood at an instant: the status the shift's
   * roster had given it last at or before {@code at} (an enrollment accepted later, or withdrawn
   * earlier, answers as it stood then). The ledger asks as of the work's start, the check-in.
   *
   * @param opportunity not null
   * @param shift not null
   * @param volunteer not null
   * @param at the instant asked about, not null
   * @return the enrollment's status at {@code at}, or empty when the volunteer was not on the
   *     roster then (or the directory holds no enrollments)
   */
  default Optional<EnrollmentStatus> enrollment(
      OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
    return Optional.empty();
  }

  /**
   * Returns the volunteers whose enrollment on a shift backs work at an instant: those the shift's
   * roster had accepted (or marked attended) as it stood at {@code at}, in the sense of {@link
   * #enrollment}. The ledger asks when it approves a walk-in (a claim sent to review because its
   * enrollment was not established), as of the later of the walk-in's check-in and the approval, to
   * keep seats for those who hold none yet. A directory that {@link #holdsEnrollments() holds
   * enrollments} must answer this too: the default answers no one for a directory that holds none,
   * and refuses to guess for one that does, so that seats are never given away silently.
   *
   * @param opportunity not null
   * @param shift not null
   * @param at the instant asked about, not null
   * @return the volunteers, not null; empty when none (or the directory holds no enrollments)
   * @throws UnsupportedOperationException when this directory holds enrollments and does not
   *     override this method (the ledger passes it on from {@code approve} and {@code approveAll},
   *     before anything is recorded)
   */
  default Set<VolunteerId> enrolledOn(OpportunityNumber opportunity, ShiftId shift, Instant at) {
    if (holdsEnrollments()) {
      throw new UnsupportedOperationException(
          "a directory that holds enrollments answers enrolledOn: override it");
    }
    return Set.of();
  }

  /**
   * Returns the field catalogue that opportunities' fields are checked against.
   *
   * @return the catalogue, or empty when the directory holds none
   */
  default Optional<FieldCatalogue> fieldCatalogue() {
    return Optional.empty();
  }

  /**
   * Returns the public key an entity signs its volunteers' check-in codes with ({@link
   * CheckInCode}).
   *
   * @param entity not null
   * @return the Ed25519 public key, or empty when the directory holds none for the entity
   */
  default Optional<PublicKey> checkInKey(EntityId entity) {
    return Optional.empty();
  }

  /**
   * Returns this directory with the entities' check-in keys: everything else answered as this
   * directory answers it.
   *
   * @param keys each entity's Ed25519 public key, not null
   * @return the directory
   */
  default OpportunityDirectory withCheckInKeys(Map<EntityId, PublicKey> keys) {
    Map<EntityId, PublicKey> copy = Map.copyOf(keys);
    OpportunityDirectory base = this;
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return base.opportunity(number);
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return base.entity(id);
      }

      @Override
      public boolean holdsEnrollments() {
        return base.holdsEnrollments();
      }

      @Override
      public Optional<EnrollmentStatus> enrollment(
          OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
        return base.enrollment(opportunity, shift, volunteer, at);
      }

      @Override
      public Set<VolunteerId> enrolledOn(OpportunityNumber opportunity, ShiftId shift, Instant at) {
        return base.enrolledOn(opportunity, shift, at);
      }

      @Override
      public Optional<FieldCatalogue> fieldCatalogue() {
        return base.fieldCatalogue();
      }

      @Override
      public Optional<PublicKey> checkInKey(EntityId entity) {
        return Optional.ofNullable(copy.get(entity));
      }
    };
  }

  /**
   * Returns an immutable directory of the given values that also holds enrollments and a field
   * catalogue. Several enrollments of one volunteer on one shift are its history, each status from
   * its {@link Enrollment#since()}: at an instant, the one with the latest {@code since} at or
   * before it holds. The given order does not matter: a history is sorted by {@code since}, and
   * must be a path of legal moves ({@link EnrollmentStatus#canMoveTo}) from its first status (any
   * status) with no two states at the same instant. An enrollment given only in its latest status
   * (say attended, since after the shift) says nothing of the time before its {@code since}: give
   * the accepted status with it, or the work before is not backed.
   *
   * @param opportunities not null
   * @param entities not null
   * @param enrollments the shift rosters' enrollments, each status with its since, not null
   * @param catalogue the field catalogue, not null
   * @return the directory
   * @throws IllegalArgumentException counting every refused history and naming the first 20 (by
   *     opportunity, shift and the positions of its enrollments in {@code enrollments}, never the
   *     volunteer), whatever order they were given in: states of one volunteer on one shift at the
   *     same instant ({@code enrollment.sameInstant}, one problem naming all of them: which one
   *     held would depend on the order given), or a move {@link EnrollmentStatus#canMoveTo} forbids
   *     between instants held by one state each, such as withdrawn then accepted ({@code
   *     enrollment.illegalMove}); and, as {@link #of(Collection, Collection)}, values given twice
   *     with different contents
   */
  static OpportunityDirectory of(
      Collection<Opportunity> opportunities,
      Collection<ParticipatingEntity> entities,
      Collection<Enrollment> enrollments,
      FieldCatalogue catalogue) {
    List<String> problems = new ArrayList<>();
    OpportunityDirectory base =
        ofMaps(
            byKey(opportunities, Opportunity::number, "opportunity", problems),
            byKey(entities, ParticipatingEntity::id, "entity", problems));
    // Each volunteer's history on a shift, as positions in the given collection.
    Map<OpportunityNumber, Map<ShiftId, Map<VolunteerId, List<Integer>>>> positions =
        new HashMap<>();
    List<Enrollment> given = List.copyOf(enrollments);
    for (int i = 0; i < given.size(); i++) {
      Enrollment e = given.get(i);
      positions
          .computeIfAbsent(e.opportunity(), k -> new HashMap<>())
          .computeIfAbsent(e.shift(), k -> new HashMap<>())
          .computeIfAbsent(e.volunteer(), k -> new ArrayList<>())
          .add(i);
    }
    Map<OpportunityNumber, Map<ShiftId, List<Enrollment[]>>> histories = new HashMap<>();
    positions.forEach(
        (opportunity, shifts) ->
            shifts.forEach(
                (shift, roster) ->
                    roster.forEach(
                        (volunteer, at) -> {
                          at.sort(Comparator.comparing(i -> given.get(i).since()));
                          Enrollment[] history = new Enrollment[at.size()];
                          for (int k = 0; k < history.length; k++) {
                            history[k] = given.get(at.get(k));
                          }
                          historyProblems(history, at, problems);
                          histories
                              .computeIfAbsent(opportunity, k -> new HashMap<>())
                              .computeIfAbsent(shift, k -> new ArrayList<>())
                              .add(history);
                        })));
    refuseIfAny(problems);
    // Each shift's roster held compactly, without an object per enrollment.
    Map<OpportunityNumber, Map<ShiftId, ShiftEnrollments>> rosters = new HashMap<>();
    histories.forEach(
        (opportunity, shifts) -> {
          Map<ShiftId, ShiftEnrollments> byShift = new HashMap<>();
          shifts.forEach((shift, roster) -> byShift.put(shift, new ShiftEnrollments(roster)));
          rosters.put(opportunity, byShift);
        });
    Optional<FieldCatalogue> fields = Optional.of(catalogue);
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return base.opportunity(number);
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return base.entity(id);
      }

      @Override
      public boolean holdsEnrollments() {
        return true;
      }

      @Override
      public Optional<EnrollmentStatus> enrollment(
          OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
        Map<ShiftId, ShiftEnrollments> shifts = rosters.get(opportunity);
        ShiftEnrollments roster = shifts == null ? null : shifts.get(shift);
        EnrollmentStatus status = roster == null ? null : roster.at(volunteer, at);
        return status == null ? Optional.empty() : Objects.requireNonNull(statuses.get(status));
      }

      /** Each status, present: a look-up makes no object. */
      private final Map<EnrollmentStatus, Optional<EnrollmentStatus>> statuses =
          Arrays.stream(EnrollmentStatus.values())
              .collect(
                  Collectors.toMap(
                      Function.identity(),
                      Optional::of,
                      (a, b) -> a,
                      () -> new EnumMap<>(EnrollmentStatus.class)));

      @Override
      public Set<VolunteerId> enrolledOn(OpportunityNumber opportunity, ShiftId shift, Instant at) {
        Map<ShiftId, ShiftEnrollments> shifts = rosters.get(opportunity);
        ShiftEnrollments roster = shifts == null ? null : shifts.get(shift);
        return roster == null ? Set.of() : Set.copyOf(roster.enrolledAt(at));
      }

      @Override
      public Optional<FieldCatalogue> fieldCatalogue() {
        return fields;
      }
    };
  }

  /**
   * Adds to {@code problems} what is wrong with one volunteer's history on a shift, {@code history}
   * sorted by {@code since} and {@code at} its positions in the given enrollments. States that
   * share an instant are one problem ({@code enrollment.sameInstant}, naming all their positions);
   * moves are checked between instants held by one state each, so the problems named do not depend
   * on the order the enrollments were given in.
   */
  private static void historyProblems(
      Enrollment[] history, List<Integer> at, List<String> problems) {
    Enrollment previous = null;
    int previousAt = -1;
    for (int k = 0; k < history.length; ) {
      int end = k + 1;
      while (end < history.length && history[end].since().equals(history[k].since())) {
        end++;
      }
      Enrollment e = history[k];
      String where = " (opportunity " + e.opportunity().value() + ", shift " + e.shift().value();
      if (end - k > 1) {
        List<Integer> positions = new ArrayList<>(at.subList(k, end));
        Collections.sort(positions);
        List<String> statuses = new ArrayList<>();
        for (int i = k; i < end; i++) {
          statuses.add(history[i].status().name());
        }
        Collections.sort(statuses);
        problems.add(
            "enrollment.sameInstant: "
                + String.join(", ", statuses)
                + " all since "
                + e.since()
                + where
                + ", enrollments at positions "
                + positions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ")");
        previous = null;
      } else {
        if (previous != null && !previous.status().canMoveTo(e.status())) {
          problems.add(
              "enrollment.illegalMove: "
                  + previous.status()
                  + " cannot move to "
                  + e.status()
                  + where
                  + ", enrollments at positions "
                  + Math.min(previousAt, at.get(k))
                  + " and "
                  + Math.max(previousAt, at.get(k))
                  + ")");
        }
        previous = e;
        previousAt = at.get(k);
      }
      k = end;
    }
  }

  /**
   * Returns an immutable directory of the given values. A value given twice, equal both times, is
   * one value (lists of entities built per opportunity may repeat an entity).
   *
   * @param opportunities not null
   * @param entities not null
   * @return the directory
   * @throws IllegalArgumentException naming every opportunity number and entity id given twice with
   *     different contents
   */
  static OpportunityDirectory of(
      Collection<Opportunity> opportunities, Collection<ParticipatingEntity> entities) {
    List<String> problems = new ArrayList<>();
    Map<OpportunityNumber, Opportunity> o =
        byKey(opportunities, Opportunity::number, "opportunity", problems);
    Map<EntityId, ParticipatingEntity> e =
        byKey(entities, ParticipatingEntity::id, "entity", problems);
    refuseIfAny(problems);
    return ofMaps(o, e);
  }

  /** The directory of two maps. */
  private static OpportunityDirectory ofMaps(
      Map<OpportunityNumber, Opportunity> o, Map<EntityId, ParticipatingEntity> e) {
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return Optional.ofNullable(o.get(number));
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return Optional.ofNullable(e.get(id));
      }
    };
  }

  /**
   * Throws an {@link IllegalArgumentException} that counts the problems, sorted, and names the
   * first 20 of them; returns when there are none.
   */
  private static void refuseIfAny(List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    int named = Math.min(problems.size(), 20);
    Collections.sort(problems);
    throw new IllegalArgumentException(
        problems.size()
            + " directory problem(s): "
            + String.join("; ", problems.subList(0, named))
            + (problems.size() > named ? "; and " + (problems.size() - named) + " more" : ""));
  }

  /**
   * Maps values by key; a key given twice with different values is added to {@code problems} (by
   * {@code kind} and key, once).
   */
  private static <K, V> Map<K, V> byKey(
      Collection<V> values, Function<V, K> key, String kind, List<String> problems) {
    Map<K, V> out = new HashMap<>();
    Set<K> reported = new HashSet<>();
    for (V v : values) {
      K k = key.apply(v);
      V before = out.putIfAbsent(k, v);
      if (before != null && !before.equals(v) && reported.add(k)) {
        problems.add(kind + " " + k + " given twice with different contents");
      }
    }
    return Map.copyOf(out);
  }
}
