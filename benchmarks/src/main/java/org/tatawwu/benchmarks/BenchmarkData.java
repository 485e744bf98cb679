package org.tatawwu.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
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
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** Seeded data shared by the benchmarks. */
final class BenchmarkData {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Instant ASKED = Instant.parse("2025-03-01T06:00:00Z");
  static final TrainingId FIRST_AID = TrainingId.of("first-aid");
  static final SkillCode DRIVING = SkillCode.of("driving");

  private BenchmarkData() {}

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(RIYADH).toInstant();
  }

  static ParticipatingEntity entity() {
    return ParticipatingEntity.builder()
        .id(EntityId.of("E1"))
        .name(BilingualText.of("جمعية", "Association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.RIYADH)
        .accreditation(
            new Accreditation(
                "A", DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1))))
        .build();
  }

  /** An on-site Riyadh opportunity asking age 18+, Arabic, driving and a first-aid training. */
  static Opportunity opportunity() {
    return Opportunity.builder()
        .number(OpportunityNumber.parse("20250000001"))
        .title(BilingualText.of("إغاثة", "Relief"))
        .description(BilingualText.of("إغاثة", "Relief"))
        .entity(EntityId.of("E1"))
        .field(FieldCode.of("RELIEF"))
        .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .addShift(
            new Shift(
                ShiftId.of("S1"),
                TimeRange.of(at("2025-03-10T08:00"), at("2025-03-10T12:00")),
                100))
        .requirements(
            Requirements.NONE
                .withMinimumAge(18)
                .withLanguage(LanguageCode.ARABIC)
                .withSkill(DRIVING, SkillLevel.BASIC)
                .withTraining(FIRST_AID))
        .status(OpportunityStatus.PUBLISHED)
        .build();
  }

  /**
   * Volunteers; {@code eligibleShare} of them meet every criterion, the others fail two or more.
   */
  static List<Volunteer> volunteers(int n, double eligibleShare, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    NationalId id = NationalId.parse("1234567897");
    MobileNumber mobile = MobileNumber.parse("0501234567");
    BilingualText name = BilingualText.of("متطوع", "Volunteer");
    List<Volunteer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean ok = r.nextDouble() < eligibleShare;
      Volunteer.Builder b =
          Volunteer.builder()
              .id(VolunteerId.of("V" + i))
              .nationalId(id)
              .nationality(Nationality.SAUDI)
              .name(name)
              .mobile(mobile)
              .birthDate(
                  BirthDate.ofGregorian(
                      LocalDate.of(
                          ok ? 1970 + r.nextInt(35) : 2009 + r.nextInt(5),
                          1 + r.nextInt(12),
                          1 + r.nextInt(28))))
              .gender(r.nextBoolean() ? Gender.MALE : Gender.FEMALE)
              .region(ok || r.nextBoolean() ? Region.RIYADH : Region.MAKKAH)
              .addLanguage(LanguageCode.ARABIC);
      if (ok || r.nextBoolean()) {
        b.putSkill(DRIVING, SkillLevel.INTERMEDIATE);
        b.addTraining(
            new TrainingCompletion(
                FIRST_AID, LocalDate.of(2024, 6, 1), Optional.of(LocalDate.of(2026, 6, 1))));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Approved entries per volunteer in {@link #approvedLedger}. */
  static final int ENTRIES_PER_VOLUNTEER = 20;

  /**
   * Makes a ledger with {@link Tatawwu#hourLedger} (default policy and store) and fills it through
   * the public API with {@code entries} approved entries of {@code entries / 20} volunteers {@code
   * V0, V1, ...}: 20 each, one a day, 15 minutes to 4 hours long, a quarter of them compulsory
   * (seeded), imported by {@link HourLedger#importRoster} in rosters of {@link
   * HourIngestBenchmark#BATCH} lines and approved by {@link HourLedger#approveAll}.
   *
   * @param entries how many entries, a multiple of 20
   * @param approved receives each roster's approved entries, as {@code approveAll} returned them
   * @return the ledger
   */
  static HourLedger approvedLedger(int entries, Consumer<List<HourEntry>> approved) {
    int count = entries / ENTRIES_PER_VOLUNTEER;
    Opportunity o = opportunity();
    OpportunityDirectory directory = OpportunityDirectory.of(List.of(o), List.of(entity()));
    Clock clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), RIYADH);
    HourLedger ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    VolunteerId[] volunteers = new VolunteerId[count];
    for (int v = 0; v < count; v++) {
      volunteers[v] = VolunteerId.of("V" + v);
    }
    SplittableRandom r = new SplittableRandom(42);
    Instant base = at("2025-03-10T08:00");
    int batch = HourIngestBenchmark.BATCH;
    for (int from = 0; from < entries; from += batch) {
      List<HourSubmission> roster = new ArrayList<>(batch);
      for (int n = from; n < Math.min(entries, from + batch); n++) {
        // Day n / count of volunteer n % count: no two entries of a volunteer on one day.
        Instant s = base.plus(Duration.ofDays(n / count));
        roster.add(
            HourSubmission.builder()
                .key(IdempotencyKey.of("k" + n))
                .volunteer(volunteers[n % count])
                .opportunity(o.number())
                .time(TimeRange.of(s, s.plus(Duration.ofMinutes(15L * (1 + r.nextInt(16))))))
                .source(HourSource.ROSTER)
                .compulsory(r.nextInt(4) == 0)
                .submittedBy("import")
                .build());
      }
      List<HourEntryId> ids = new ArrayList<>(roster.size());
      for (HourEntry e : ledger.importRoster(roster)) {
        ids.add(e.id());
      }
      approved.accept(ledger.approveAll(ids, "supervisor"));
    }
    if (ledger.size() != entries) {
      throw new IllegalStateException("the ledger holds " + ledger.size() + " entries");
    }
    return ledger;
  }
}
