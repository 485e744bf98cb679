package org.tatawwu.examples;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.CertificateVerifier;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.certificate.VerificationResult;
import org.tatawwu.credentials.BitstringStatusList;
import org.tatawwu.credentials.CredentialCheck;
import org.tatawwu.credentials.CredentialIssuer;
import org.tatawwu.credentials.CredentialVerifier;
import org.tatawwu.credentials.StatusEntry;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.impact.ReplacementCostRates;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The user guide's examples for hours, certificates, credentials, the fund and impact ({@code
 * docs/hours.md}, {@code docs/certificates.md}, {@code docs/credentials.md}, {@code docs/fund.md},
 * {@code docs/impact.md}), on four approved hours; {@code ReadmeGettingStartedTest} runs it.
 */
public final class GuideExamples {
  private GuideExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   * @throws GeneralSecurityException if the JVM has no Ed25519
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) throws GeneralSecurityException {
    Instant start = Instant.parse("2026-12-05T06:00:00Z");
    Clock clock = Clock.fixed(start.plusSeconds(5 * 3600), ZoneId.of("Asia/Riyadh"));
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(EntityId.of("E-1"))
            .name(BilingualText.of("جمعية البر", "Al-Birr Society"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("NPO-1")
            .supervisingEntity(EntityId.of("MHRSD"))
            .region(Region.RIYADH)
            .accreditation(
                new Accreditation(
                    "ACC-1", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))))
            .build();
    Opportunity opportunity =
        Opportunity.builder()
            .number(OpportunityNumber.parse("20260000001"))
            .title(BilingualText.of("توزيع السلال الغذائية", "Food basket distribution"))
            .description(BilingualText.of("توزيع السلال الغذائية", "Food basket distribution"))
            .entity(entity.id())
            .field(FieldCode.of("SOCIAL"))
            .location(
                Location.onSite(
                    City.of("الرياض", "Riyadh", Region.RIYADH), GeoPoint.of(24.7136, 46.6753)))
            .period(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .addShift(
                new Shift(ShiftId.of("S1"), TimeRange.of(start, start.plusSeconds(4 * 3600)), 10))
            .status(OpportunityStatus.PUBLISHED)
            .build();
    OpportunityDirectory directory = OpportunityDirectory.of(List.of(opportunity), List.of(entity));
    HourLedger ledger = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory, clock);
    VolunteerId volunteer = VolunteerId.of("V-1");
    HourEntry entry =
        ledger.recordAttendance(
            HourSubmission.builder()
                .key(IdempotencyKey.of("gate-1"))
                .volunteer(volunteer)
                .opportunity(opportunity.number())
                .time(TimeRange.of(start, start.plusSeconds(4 * 3600)))
                .source(HourSource.ATTENDANCE)
                .compulsory(false)
                .submittedBy("gate")
                .build());
    ledger.approve(entry.id(), "coordinator");

    // Hours only where they are due: every check on; a walk-in goes to review, not refused.
    HourPolicy policy =
        HourPolicy.DEFAULT.withVerification(
            HourVerification.STANDARD.with(
                HourRule.ENROLLMENT, CheckMode.REVIEW)); // walk-ins: review
    HourLedger checked =
        Tatawwu.hourLedger(
            policy,
            OpportunityDirectory.of(
                List.of(opportunity), List.of(entity), List.of(), FieldCatalogue.DEFAULT),
            clock);
    ShiftId shiftId = ShiftId.of("S1");
    HourSubmission claim =
        HourSubmission.builder()
            .key(IdempotencyKey.of("walk-in-1"))
            .volunteer(VolunteerId.of("V-2"))
            .opportunity(opportunity.number())
            .time(TimeRange.of(start, start.plusSeconds(3 * 3600)))
            .source(HourSource.ATTENDANCE)
            .compulsory(false)
            .submittedBy("gate")
            .build();
    // Refused (RuleException) if a check in REFUSE fails, e.g. an on-site opportunity without
    // its point (hours.placeUnknown) or a CLAIM without evidence (hours.weakEvidence). Else:
    HourEntry e = checked.submit(claim.withShift(shiftId));
    List<Violation> reasons = e.review(); // [hours.notEnrolled] for a walk-in, else empty
    List<Problem> worded = checked.explain(e, Locale.forLanguageTag("ar")); // every reason, worded
    System.out.println(
        "walk-in: " + e.status() + " " + reasons.get(0).code() + " " + worded.size());

    // Certificates: signed with Ed25519 over approved hours, verified offline with the public key.
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    CertificateIssuer issuer = Tatawwu.certificateIssuer("MHRSD", keys, ledger, directory, clock);
    String document =
        issuer
            .issue(
                volunteer,
                BilingualText.of("سارة العتيبي", "Sara Al-Otaibi"),
                DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .encode();
    VerificationResult result =
        CertificateVerifier.of(Map.of("MHRSD", keys.getPublic()), Set.of()).verify(document);
    System.out.println("certificate: " + result); // VALID

    // Verifiable Credentials: the hour certificate as an Open Badges 3.0 credential, offline.
    HourCertificate certificate =
        issuer
            .issue(
                volunteer,
                BilingualText.of("سارة العتيبي", "Sara Al-Otaibi"),
                DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .certificate();
    CredentialIssuer credentials =
        CredentialIssuer.of(
            keys, BilingualText.of("منصة العمل التطوعي", "Volunteer platform"), clock);
    String statusUrl = "https://volunteer.example.sa/credentials/status/1";
    String credential = credentials.hourCertificate(certificate, new StatusEntry(statusUrl, 0));
    String statusList = credentials.statusList(statusUrl, BitstringStatusList.ofSize(131_072));
    CredentialVerifier verifier =
        CredentialVerifier.of(Set.of(credentials.did()), List.of(statusList));
    CredentialCheck check = verifier.verify(credential, clock.instant());
    System.out.println("credential: " + check); // VALID

    // Fund: a donation, then a disbursement to an accredited association, checked by the policy.
    Association association =
        new Association(
            AssociationId.of("ASSOC-1"),
            BilingualText.of("جمعية البر", "Al-Birr Society"),
            new Accreditation(
                "CA-1", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))),
            Set.of(Region.RIYADH),
            Set.of(ServiceCategory.RELIEF));
    FundLedger fund = Tatawwu.fundLedger(List.of(association), FundPolicy.DEFAULT, clock);
    FundId relief = FundId.of("relief-1448");
    fund.donate(
        Donation.builder()
            .key(IdempotencyKey.of("donation-1"))
            .fund(relief)
            .donor(DonorId.of("DONOR-1"))
            .donorType(DonorType.INDIVIDUAL)
            .channel(Channel.BANK_TRANSFER)
            .amount(SarAmount.parse("1000.00"))
            .recordedBy("gateway")
            .build());
    fund.disburse(
        Disbursement.builder()
            .key(IdempotencyKey.of("disbursement-1"))
            .fund(relief)
            .association(association.id())
            .category(ServiceCategory.RELIEF)
            .region(Region.RIYADH)
            .amount(SarAmount.parse("250.00"))
            .date(LocalDate.of(2026, 12, 5))
            .volunteersInvolved(4)
            .recordedBy("association-finance")
            .build()); // RuleException naming every broken rule, and nothing recorded
    System.out.println("fund balance: " + fund.balance(relief)); // SAR 750.00

    // Impact: the replacement cost of the ILO volunteer minutes, exact in halalas.
    long minutes = ledger.totals(volunteer).iloMinutes();
    SarAmount value = ReplacementCostRates.value(minutes, SarAmount.parse("20.00"));
    System.out.println("value: " + value); // SAR 80.00 for 240 minutes at SAR 20.00 an hour
  }
}
