package org.tatawwu.impl.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Verification;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.CandidatePool;
import org.tatawwu.incident.Incident;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentId;
import org.tatawwu.incident.IncidentType;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Role;
import org.tatawwu.incident.RoleId;
import org.tatawwu.incident.TeamShape;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** A flood in Jazan: the fixtures of the incident tests. */
final class Flood {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final LocalDate FIRST = LocalDate.of(2026, 11, 20);
  static final Instant DECLARED = at("2026-11-19T18:00");
  static final City JAZAN = City.of("جازان", "Jazan", Region.JAZAN);
  static final EligibilityEngine ENGINE = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
  static final Ranker RANKER = Tatawwu.ranker(ENGINE, MatchWeights.DEFAULT, (v, f) -> 0L);
  static final CredentialTypeId EMT = CredentialTypeId.of("emt");
  static final CredentialType EMT_TYPE =
      new CredentialType(
          EMT,
          BilingualText.of("فني طوارئ", "EMT"),
          "scfhs",
          Optional.empty(),
          VerificationLevel.LEVEL_3);

  private Flood() {}

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(RIYADH).toInstant();
  }

  static Incident incident() {
    return Incident.declare(
        IncidentId.of("FLOOD-JZ-1"),
        IncidentType.FLOOD,
        BilingualText.of("سيول جازان", "Jazan floods"),
        Set.of(Region.JAZAN),
        DateRange.of(FIRST, FIRST.plusDays(13)),
        EntityId.of("E1"),
        EntityId.of("SUP-1"));
  }

  static ParticipatingEntity entity() {
    return ParticipatingEntity.builder()
        .id(EntityId.of("E1"))
        .name(BilingualText.of("جمعية الهلال", "Crescent association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.JAZAN)
        .accreditation(
            new Accreditation("A-1", DateRange.of(FIRST.minusYears(1), FIRST.plusYears(2))))
        .build();
  }

  static Role role(String id, CredentialDemand credentials, boolean openToSpontaneous) {
    return new Role(
        RoleId.of(id),
        BilingualText.of("دور " + id, "Role " + id),
        Requirements.NONE,
        credentials,
        TeamShape.INDIVIDUAL,
        openToSpontaneous);
  }

  static Role teamRole(String id, int size) {
    return new Role(
        RoleId.of(id),
        BilingualText.of("فرق " + id, "Teams " + id),
        Requirements.NONE,
        CredentialDemand.NONE,
        TeamShape.ledTeamsOf(size),
        false);
  }

  /** A need with shifts given as (day offset, start hour, hours, seats). */
  static Need need(String id, long number, Role role, int[]... shifts) {
    List<Shift> list = new ArrayList<>();
    int i = 0;
    for (int[] s : shifts) {
      Instant start = FIRST.plusDays(s[0]).atTime(s[1], 0).atZone(RIYADH).toInstant();
      list.add(
          new Shift(
              ShiftId.of(id + "-S" + i++),
              TimeRange.of(start, start.plusSeconds(3600L * s[2])),
              s[3]));
    }
    Opportunity.Builder b =
        Opportunity.builder()
            .number(OpportunityNumber.parse(String.valueOf(20260000000L + number)))
            .title(role.name())
            .description(role.name())
            .entity(EntityId.of("E1"))
            .field(FieldCode.of("RELIEF"))
            .location(Location.onSite(JAZAN, null))
            .period(DateRange.of(FIRST, FIRST.plusDays(13)))
            .requirements(role.requirements())
            .status(OpportunityStatus.PUBLISHED);
    list.forEach(b::addShift);
    return new Need(NeedId.of(id), role, b.build(), entity());
  }

  static Volunteer.Builder volunteer(int n) {
    return Volunteer.builder()
        .id(VolunteerId.of(String.format("V%05d", n)))
        .nationalId(NationalId.parse("1234567897"))
        .nationality(Nationality.SAUDI)
        .name(BilingualText.of("متطوع", "Volunteer"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(1990, 1, 1).plusDays(n)))
        .gender(n % 2 == 0 ? Gender.FEMALE : Gender.MALE)
        .region(Region.JAZAN);
  }

  /** A verified EMT credential of a volunteer, issued a year before the flood. */
  static Credential emt(VolunteerId v, int n, LocalDate expires) {
    return Credential.builder()
        .id(CredentialId.of("C" + n))
        .volunteer(v)
        .type(EMT_TYPE)
        .evidence(Evidence.of("licence", "ref-" + n))
        .issuedOn(FIRST.minusYears(1))
        .expiresOn(expires)
        .status(CredentialStatus.VERIFIED)
        .verification(new Verification("verifier", DECLARED))
        .build();
  }

  /**
   * The random pool of the property tests: {@code volunteers} volunteers; two in three hold an EMT
   * credential (expired the day before the flood for half of them when {@code someExpired}, else
   * valid for 30 days of it); one in four has an outside commitment of 3 hours on one of the first
   * three days, starting at 7:00 to 14:00.
   */
  static MutablePool randomPool(Random rnd, int volunteers, boolean someExpired) {
    MutablePool pool = new MutablePool();
    for (int i = 0; i < volunteers; i++) {
      Volunteer v = volunteer(i).build();
      pool.add(v);
      if (rnd.nextInt(3) > 0) {
        LocalDate expires =
            someExpired && rnd.nextBoolean() ? FIRST.minusDays(1) : FIRST.plusDays(30);
        pool.credentials.put(v.id(), List.of(emt(v.id(), i, expires)));
      }
      if (rnd.nextInt(4) == 0) {
        Instant s =
            FIRST.plusDays(rnd.nextInt(3)).atTime(7 + rnd.nextInt(8), 0).atZone(RIYADH).toInstant();
        pool.commitments.put(v.id(), List.of(TimeRange.of(s, s.plusSeconds(3 * 3600))));
      }
    }
    return pool;
  }

  /**
   * A random need of the property tests, number {@code n} (id {@code "N" + n}): 1 to 3 shifts on
   * the first three days, starting at 6:00, 8:00, 12:00 or 14:00, of 4, 6 or 8 hours, 1 to 3 seats.
   */
  static Need randomNeed(Random rnd, int n, boolean demandsEmt) {
    int count = 1 + rnd.nextInt(3);
    int[][] spec = new int[count][];
    for (int s = 0; s < count; s++) {
      spec[s] =
          new int[] {
            rnd.nextInt(3),
            List.of(6, 8, 12, 14).get(rnd.nextInt(4)),
            List.of(4, 6, 8).get(rnd.nextInt(3)),
            1 + rnd.nextInt(3)
          };
    }
    return need(
        "N" + n,
        n + 1,
        role("r" + n, demandsEmt ? CredentialDemand.of(EMT) : CredentialDemand.NONE, false),
        spec);
  }

  /** A pool whose volunteers, credentials and commitments the test may change. */
  static final class MutablePool implements CandidatePool {
    final Map<VolunteerId, Volunteer> volunteers = new HashMap<>();
    final Map<VolunteerId, List<Credential>> credentials = new HashMap<>();
    final Map<VolunteerId, List<TimeRange>> commitments = new HashMap<>();

    void add(Volunteer v) {
      volunteers.put(v.id(), v);
    }

    @Override
    public Collection<VolunteerId> candidates(Need need) {
      return volunteers.keySet().stream().sorted().toList();
    }

    @Override
    public Optional<Volunteer> volunteer(VolunteerId volunteer) {
      return Optional.ofNullable(volunteers.get(volunteer));
    }

    @Override
    public List<Credential> credentials(VolunteerId volunteer) {
      return credentials.getOrDefault(volunteer, List.of());
    }

    @Override
    public List<TimeRange> commitments(VolunteerId volunteer) {
      return commitments.getOrDefault(volunteer, List.of());
    }
  }

  /**
   * A pool that answers like {@code pool} except for the candidates of each need, which {@code
   * candidates} gives.
   */
  static CandidatePool listing(
      CandidatePool pool, Function<Need, Collection<VolunteerId>> candidates) {
    return new CandidatePool() {
      @Override
      public Collection<VolunteerId> candidates(Need need) {
        return candidates.apply(need);
      }

      @Override
      public Optional<Volunteer> volunteer(VolunteerId volunteer) {
        return pool.volunteer(volunteer);
      }

      @Override
      public List<Credential> credentials(VolunteerId volunteer) {
        return pool.credentials(volunteer);
      }

      @Override
      public List<TimeRange> commitments(VolunteerId volunteer) {
        return pool.commitments(volunteer);
      }
    };
  }

  static IncidentCommand command(CandidatePool pool, ActivationSettings settings) {
    return Tatawwu.incidentCommand(incident(), ENGINE, RANKER, pool, settings);
  }
}
