package org.tatawwu.impl.hours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The ledger's one dictionary of ids: each volunteer, opportunity, place (an opportunity with what
 * the directory said of it) and shift interned once, to a dense index that the columns ({@link
 * EntryColumns}), the rules and the aggregation index ({@link HourIndex}) all use. A volunteer's
 * index is that of its {@link VolunteerState}.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class LedgerIds {
  /** The volunteers, by id and by index. */
  private final Map<VolunteerId, VolunteerState> volunteers = new HashMap<>();

  private final List<VolunteerState> volunteerList = new ArrayList<>();

  /** The volunteers' ids by index, the first {@code volunteerList.size()} in use. */
  private VolunteerId[] volunteerIds = new VolunteerId[64];

  /** Whether {@link #volunteerIds()} gave the table out since it was last copied. */
  private boolean volunteerIdsShared;

  /** The opportunities places are of, by number to index. */
  private final Map<OpportunityNumber, Integer> opportunityIndex = new HashMap<>();

  private final List<OpportunityNumber> opportunities = new ArrayList<>();

  /** The places entries are counted under, by index; the last one interned kept at hand. */
  private final Map<Place, Integer> placeIndex = new HashMap<>();

  private final List<Place> places = new ArrayList<>();

  /** By place index: the index of its opportunity. */
  private int[] placeOpportunity = new int[64];

  private int lastPlace = -1;

  /**
   * The shifts entries were done in, by opportunity and shift id to index (an entry's shift column
   * holds index + 1): two look-ups and no key object per line.
   */
  private final Map<OpportunityNumber, Map<ShiftId, Integer>> shiftIndex = new HashMap<>();

  private final List<ShiftRef> shiftRefs = new ArrayList<>();

  private @Nullable OpportunityNumber lastInternedOpportunity;
  private @Nullable Map<ShiftId, Integer> lastInternedShifts;
  private @Nullable ShiftId lastShiftId;
  private @Nullable OpportunityNumber lastShiftOpportunity;
  private int lastShiftColumn;

  /** Where an entry is counted: its opportunity and what the directory said of it. */
  record Place(
      OpportunityNumber opportunity,
      EntityId entity,
      EntityId supervisingEntity,
      FieldCode field,
      Region region) {}

  /** A shift of an opportunity. */
  record ShiftRef(OpportunityNumber opportunity, ShiftId shift) {}

  // --- volunteers ------------------------------------------------------------------------------

  /** The volunteer's state, or null if the ledger has never met it. */
  @Nullable VolunteerState find(VolunteerId v) {
    return volunteers.get(v);
  }

  /** The volunteer's state, made (empty) if the ledger has never met it. */
  VolunteerState state(VolunteerId v) {
    VolunteerState s = volunteers.get(v);
    return s != null ? s : newState(v);
  }

  /** Makes the state of a volunteer the ledger has not met. */
  VolunteerState newState(VolunteerId v) {
    int index = volunteerList.size();
    VolunteerState s = new VolunteerState(v, index);
    volunteers.put(v, s);
    volunteerList.add(s);
    if (index == volunteerIds.length) {
      volunteerIds = Arrays.copyOf(volunteerIds, index * 2);
      volunteerIdsShared = false;
    }
    volunteerIds[index] = v;
    return s;
  }

  /** The state of the volunteer of index {@code index}. */
  VolunteerState volunteer(int index) {
    return volunteerList.get(index);
  }

  /** How many volunteers the ledger has met. */
  int volunteers() {
    return volunteerList.size();
  }

  /**
   * The ids of the volunteers the ledger has met, by index, in the first {@link #volunteers()}
   * slots: the table itself, O(1). Those slots never change afterwards: new ids go to later slots,
   * and {@link #forgetNewest} moves the ids to a new array before it clears a slot of a table given
   * out.
   */
  VolunteerId[] volunteerIds() {
    volunteerIdsShared = true;
    return volunteerIds;
  }

  /** Forgets the newest volunteers made by a refused operation, last first. */
  void forgetNewest(int keep) {
    if (volunteerIdsShared && keep < volunteerList.size()) {
      volunteerIds = Arrays.copyOf(volunteerIds, volunteerIds.length);
      volunteerIdsShared = false;
    }
    for (int i = volunteerList.size() - 1; i >= keep; i--) {
      volunteers.remove(volunteerList.remove(i).id);
      volunteerIds[i] = null;
    }
  }

  // --- opportunities and places ----------------------------------------------------------------

  /** The opportunity's index, or -1 if no entry has been counted under it. */
  int findOpportunity(OpportunityNumber opportunity) {
    return opportunityIndex.getOrDefault(opportunity, -1);
  }

  /** The opportunity of index {@code index}. */
  OpportunityNumber opportunity(int index) {
    return opportunities.get(index);
  }

  /** How many opportunities entries have been counted under. */
  int opportunities() {
    return opportunities.size();
  }

  /** The place of index {@code index}. */
  Place place(int index) {
    return places.get(index);
  }

  /** The index of the opportunity of the place of index {@code place}. */
  int opportunityOf(int place) {
    return placeOpportunity[place];
  }

  /**
   * The index of an entry's place, interned. The last one is compared first, by reference: a
   * roster's lines share the directory's instances.
   */
  @SuppressWarnings("ReferenceEquality")
  int placeOf(
      OpportunityNumber opportunity,
      EntityId entity,
      EntityId supervisingEntity,
      FieldCode field,
      Region region) {
    if (lastPlace >= 0) {
      Place last = places.get(lastPlace);
      if (last.opportunity() == opportunity
          && last.entity() == entity
          && last.supervisingEntity() == supervisingEntity
          && last.field() == field
          && last.region() == region) {
        return lastPlace;
      }
    }
    Place p = new Place(opportunity, entity, supervisingEntity, field, region);
    Integer known = placeIndex.get(p);
    if (known == null) {
      known = places.size();
      places.add(p);
      placeIndex.put(p, known);
      if (known == placeOpportunity.length) {
        placeOpportunity = Arrays.copyOf(placeOpportunity, known * 2);
      }
      Integer o = opportunityIndex.get(opportunity);
      if (o == null) {
        o = opportunities.size();
        opportunities.add(opportunity);
        opportunityIndex.put(opportunity, o);
      }
      placeOpportunity[known] = o;
    }
    lastPlace = known;
    return known;
  }

  // --- shifts ----------------------------------------------------------------------------------

  /** The shift of index {@code index}. */
  ShiftRef shift(int index) {
    return shiftRefs.get(index);
  }

  /** The shift's index, interned. */
  int internShift(OpportunityNumber opportunity, ShiftId shift) {
    Map<ShiftId, Integer> ofOpportunity = lastInternedShifts;
    if (ofOpportunity == null || !opportunity.equals(lastInternedOpportunity)) {
      ofOpportunity = shiftIndex.computeIfAbsent(opportunity, k -> new HashMap<>());
      lastInternedOpportunity = opportunity;
      lastInternedShifts = ofOpportunity;
    }
    Integer known = ofOpportunity.get(shift);
    if (known == null) {
      known = shiftRefs.size();
      shiftRefs.add(new ShiftRef(opportunity, shift));
      ofOpportunity.put(shift, known);
    }
    return known;
  }

  /** The shift column's value for an entry: the shift's index + 1, or 0 for none. */
  @SuppressWarnings("ReferenceEquality") // the same instances: a roster's lines share them
  int shiftColumn(Optional<ShiftId> shift, OpportunityNumber opportunity) {
    if (shift.isEmpty()) {
      return 0;
    }
    ShiftId id = shift.get();
    if (lastShiftId == id && lastShiftOpportunity == opportunity) {
      return lastShiftColumn;
    }
    int column = internShift(opportunity, id) + 1;
    // Remember the entry's own instances, so that the next line's compare by reference.
    lastShiftId = id;
    lastShiftOpportunity = opportunity;
    lastShiftColumn = column;
    return column;
  }
}
