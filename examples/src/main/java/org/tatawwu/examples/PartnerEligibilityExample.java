package org.tatawwu.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.json.PolicyDocuments;
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
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * A partner system (here a first-responder society) that keeps its own volunteer records and
 * applies the platform's eligibility rules to them: it loads the policy document it was given,
 * {@code partner-policy.json}, and checks each of its volunteers for a shift, explaining refusals
 * in Arabic and English. Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.tatawwu.examples.PartnerEligibilityExample}.
 */
public final class PartnerEligibilityExample {
  private PartnerEligibilityExample() {}

  /**
   * Loads the partner's policy document from the class path.
   *
   * @return the policy
   */
  static EligibilityPolicy policy() {
    try (InputStream in =
        PartnerEligibilityExample.class.getResourceAsStream("partner-policy.json")) {
      return PolicyDocuments.read(
          new InputStreamReader(
              Objects.requireNonNull(in, "partner-policy.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks the partner's volunteers and prints the verdicts.
   *
   * @param out where to print
   * @param clock the clock
   * @return the ids of the eligible volunteers
   */
  static List<VolunteerId> run(PrintStream out, Clock clock) {
    EligibilityPolicy policy = policy();
    EligibilityEngine engine = Tatawwu.eligibility(policy);
    out.printf(
        "policy %s v%d, %d criteria%n", policy.id(), policy.version(), policy.criteria().size());
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(EntityId.of("SRCA-RIYADH"))
            .name(BilingualText.of("هيئة الهلال الأحمر — الرياض", "Saudi Red Crescent — Riyadh"))
            .type(EntityType.GOVERNMENT_ENTITY)
            .licenceNumber("GOV-1")
            .supervisingEntity(EntityId.of("SRCA"))
            .region(Region.RIYADH)
            .accreditation(
                new Accreditation(
                    "ACC-9", DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))))
            .build();
    TrainingId firstAid = TrainingId.of("first-aid");
    Instant start = Instant.parse("2026-12-05T06:00:00Z");
    Opportunity opportunity =
        Opportunity.builder()
            .number(OpportunityNumber.parse("20260000099"))
            .title(BilingualText.of("مسعف مساند", "Support first responder"))
            .description(BilingualText.of("مسعف مساند", "Support first responder"))
            .entity(entity.id())
            .field(FieldCode.of("HEALTH"))
            .subField(FieldCode.of("HEALTH.FIRST_AID"))
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
            .period(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .addShift(
                new Shift(ShiftId.of("S1"), TimeRange.of(start, start.plusSeconds(6 * 3600)), 20))
            .requirements(Requirements.NONE.withTraining(firstAid))
            .status(OpportunityStatus.PUBLISHED)
            .build();
    List<Volunteer> volunteers =
        List.of(
            partnerVolunteer(
                "P-1",
                "1000000008",
                LocalDate.of(1990, 1, 1),
                Region.RIYADH,
                VolunteerStatus.VERIFIED,
                new TrainingCompletion(
                    firstAid, LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2027, 1, 1)))),
            partnerVolunteer(
                "P-2",
                "1234567897",
                LocalDate.of(2008, 9, 1),
                Region.RIYADH,
                VolunteerStatus.VERIFIED,
                new TrainingCompletion(
                    firstAid, LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2026, 11, 1)))),
            partnerVolunteer(
                "P-3",
                "2123456788",
                LocalDate.of(1985, 5, 5),
                Region.TABUK,
                VolunteerStatus.REGISTERED,
                null));
    List<VolunteerId> eligible = new ArrayList<>();
    for (Volunteer v : volunteers) {
      Verdict verdict =
          engine.evaluate(
              EligibilityQuery.of(
                  v, opportunity, opportunity.shifts().get(0), entity, List.of(), clock.instant()));
      if (verdict.isEligible()) {
        eligible.add(v.id());
        out.printf("%s: eligible%n", v.id());
        continue;
      }
      out.printf("%s: not eligible %s%n", v.id(), verdict.codes());
      for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
        for (Explanation x : engine.explain(verdict, l)) {
          out.printf("  [%s] %s — %s%n", l.getLanguage(), x.message(), x.remedy());
        }
      }
    }
    return eligible;
  }

  private static Volunteer partnerVolunteer(
      String id,
      String nationalId,
      LocalDate birth,
      Region region,
      VolunteerStatus status,
      @org.jspecify.annotations.Nullable TrainingCompletion training) {
    Volunteer.Builder b =
        Volunteer.builder()
            .id(VolunteerId.of(id))
            .nationalId(NationalId.parse(nationalId))
            .name(BilingualText.of("متطوع", "Volunteer"))
            .mobile(MobileNumber.parse("0500000000"))
            .birthDate(BirthDate.ofGregorian(birth))
            .gender(Gender.MALE)
            .region(region)
            .status(status);
    b.nationality(
        nationalId.startsWith("2")
            ? org.tatawwu.volunteer.Nationality.of("EG")
            : org.tatawwu.volunteer.Nationality.SAUDI);
    if (training != null) {
      b.addTraining(training);
    }
    return b.build();
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), CrisisMobilisationDemo.RIYADH));
  }
}
