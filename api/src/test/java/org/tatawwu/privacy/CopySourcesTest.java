package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.NeedId;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class CopySourcesTest {
  static final VolunteerId V = VolunteerId.of("V-1");
  static final Instant AT = Instant.parse("2025-05-01T08:00:00Z");

  /** A stand-in for a service interface that no test here calls. */
  static <T> T unused(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  @Test
  void an_empty_source_holds_nothing() {
    CopySources s = CopySources.builder().build();
    assertThat(s.vault()).isEmpty();
    assertThat(s.consents()).isEmpty();
    assertThat(s.hours()).isEmpty();
    assertThat(s.beneficiary()).isEmpty();
    assertThat(s.profiles()).isEmpty();
    assertThat(s.disbursements()).isEmpty();
    assertThat(s.toString()).isEqualTo("CopySources[profiles=0, enrollments=0, certificates=0]");
  }

  @Test
  void a_full_source_holds_what_it_was_given() {
    PersonalDataVault vault = unused(PersonalDataVault.class);
    ConsentRegister consents = unused(ConsentRegister.class);
    HourLedger hours = unused(HourLedger.class);
    Volunteer profile =
        Volunteer.builder()
            .id(V)
            .nationalId(NationalId.parse("1000000008"))
            .name(BilingualText.of("سارة", "Sara"))
            .mobile(MobileNumber.parse("0501234567"))
            .birthDate(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)))
            .gender(Gender.FEMALE)
            .nationality(Nationality.SAUDI)
            .region(Region.RIYADH)
            .build();
    Enrollment enrollment =
        new Enrollment(
            V,
            OpportunityNumber.parse("12345678901"),
            ShiftId.of("s"),
            EnrollmentStatus.APPLIED,
            AT);
    HourCertificate certificate =
        HourCertificate.builder()
            .serial("C-1")
            .issuer("MHRSD")
            .issuedAt(AT)
            .volunteer(V)
            .holder(BilingualText.of("سارة", "Sara"))
            .period(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30)))
            .approvedMinutes(60)
            .participations(1)
            .entities(List.of())
            .typesOfWork(List.of())
            .experience(List.of())
            .build();
    Appraisal appraisal =
        Appraisal.builder()
            .need(NeedId.of("N-1"))
            .volunteer(V)
            .direction(Appraisal.Direction.VOLUNTEER_OF_ROLE)
            .rating(5)
            .comment("")
            .at(AT)
            .build();
    Credential credential =
        Credential.builder()
            .id(CredentialId.of("C-1"))
            .volunteer(V)
            .type(
                new CredentialType(
                    CredentialTypeId.of("first-aid"),
                    BilingualText.of("إسعاف", "First aid"),
                    "SRCA",
                    Optional.empty(),
                    VerificationLevel.LEVEL_2))
            .evidence(Evidence.of("card", "X-1"))
            .issuedOn(LocalDate.of(2025, 1, 1))
            .status(CredentialStatus.CLAIMED)
            .build();
    BackgroundCheckCase check =
        BackgroundCheckCase.builder()
            .id(BackgroundCheckId.of("B-1"))
            .volunteer(V)
            .state(BackgroundCheckState.REQUESTED)
            .history(List.of(new BackgroundCheckCase.Step(BackgroundCheckState.REQUESTED, AT)))
            .build();
    List<Volunteer> profiles = new ArrayList<>(List.of(profile));
    CopySources s =
        CopySources.builder()
            .vault(vault)
            .consents(consents)
            .hours(hours)
            .profiles(profiles)
            .enrollments(List.of(enrollment))
            .certificates(List.of(certificate))
            .appraisals(List.of(appraisal))
            .credentials(List.of(credential))
            .backgroundChecks(List.of(check))
            .fund(BeneficiaryRef.of("B-9"), List.of())
            .build();
    profiles.clear();
    assertThat(s.vault()).containsSame(vault);
    assertThat(s.consents()).containsSame(consents);
    assertThat(s.hours()).containsSame(hours);
    assertThat(s.profiles()).containsExactly(profile);
    assertThat(s.enrollments()).containsExactly(enrollment);
    assertThat(s.certificates()).containsExactly(certificate);
    assertThat(s.appraisals()).containsExactly(appraisal);
    assertThat(s.credentials()).containsExactly(credential);
    assertThat(s.backgroundChecks()).containsExactly(check);
    assertThat(s.beneficiary()).contains(BeneficiaryRef.of("B-9"));
    assertThat(s.toString()).isEqualTo("CopySources[profiles=1, enrollments=1, certificates=1]");
  }

  @Test
  void consent_is_in_force_when_the_last_entry_at_the_instant_gives_it() {
    PurposeId p = PurposeId.of("newsletter");
    ConsentRecord given =
        new ConsentRecord(
            V, p, NoticeVersion.of("n-1"), ConsentGiver.VOLUNTEER, ConsentRecord.Action.GIVEN, AT);
    ConsentRecord withdrawn =
        new ConsentRecord(
            V,
            p,
            NoticeVersion.of("n-1"),
            ConsentGiver.VOLUNTEER,
            ConsentRecord.Action.WITHDRAWN,
            AT.plusSeconds(60));
    ConsentRegister register =
        new ConsentRegister() {
          @Override
          public ConsentRecord give(
              VolunteerId subject, PurposeId purpose, NoticeVersion notice, ConsentGiver by) {
            throw new UnsupportedOperationException();
          }

          @Override
          public ConsentRecord withdraw(VolunteerId subject, PurposeId purpose, ConsentGiver by) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Optional<ConsentRecord> latest(
              VolunteerId subject, PurposeId purpose, Instant at) {
            if (at.isBefore(AT)) {
              return Optional.empty();
            }
            return Optional.of(at.isBefore(withdrawn.at()) ? given : withdrawn);
          }

          @Override
          public List<ConsentRecord> history(VolunteerId subject) {
            return List.of(given, withdrawn);
          }

          @Override
          public List<Purpose> purposes() {
            return List.of();
          }
        };
    assertThat(register.inForce(V, p, AT.minusSeconds(1))).isFalse();
    assertThat(register.inForce(V, p, AT)).isTrue();
    assertThat(register.inForce(V, p, AT.plusSeconds(60))).isFalse();
  }
}
