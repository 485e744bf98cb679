package org.tatawwu.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.credentials.BitstringStatusList;
import org.tatawwu.credentials.CredentialIssuer;
import org.tatawwu.credentials.CredentialVerifier;
import org.tatawwu.credentials.StatusEntry;
import org.tatawwu.field.FieldCode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.recognition.AwardChange;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.LedgerOperation;
import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.recognition.ServiceRecord;
import org.tatawwu.text.BilingualText;

/**
 * The demo's recognition section: an hour certificate issued again as a W3C Verifiable Credential
 * (Open Badges 3.0, eddsa-jcs-2022), a badge awarded by a recognition policy over the volunteer's
 * approved hours and issued as a credential, both verified offline from the issuer's did:key, and a
 * revocation through the issuer's Bitstring Status List.
 */
final class RecognitionShowcase {
  private static final String STATUS_LIST = "https://volunteer.example.sa/credentials/status/1";

  private RecognitionShowcase() {}

  /**
   * Runs the section.
   *
   * @param out where to print
   * @param clock the demo's clock
   * @param keys the issuer's Ed25519 keys
   * @param certificate the certificate the demo issued
   * @param entries the volunteer's ledger entries
   */
  static void show(
      PrintStream out,
      Clock clock,
      KeyPair keys,
      HourCertificate certificate,
      List<HourEntry> entries) {
    CredentialIssuer issuer =
        CredentialIssuer.of(
            keys,
            BilingualText.of("المنصة الوطنية للعمل التطوعي", "National volunteering platform"),
            clock);
    String hours = issuer.hourCertificate(certificate, new StatusEntry(STATUS_LIST, 0));

    RecognitionPolicy policy =
        new RecognitionPolicy(
            "demo-recognition",
            1,
            List.of(
                new RecognitionRule(
                    "bronze",
                    RecognitionRule.Kind.LEVEL,
                    new Criterion.CumulativeHours(10 * 60),
                    BilingualText.of("المستوى البرونزي", "Bronze level"),
                    BilingualText.of("عشر ساعات تطوعية معتمدة", "Ten approved volunteer hours")),
                new RecognitionRule(
                    "first-response",
                    RecognitionRule.Kind.BADGE,
                    new Criterion.FirstResponse(),
                    BilingualText.of("وسام الاستجابة الأولى", "First response"),
                    BilingualText.of(
                        "شارك في الاستجابة الأولى لحادثة",
                        "Served in the first response to an incident")),
                new RecognitionRule(
                    "health-field",
                    RecognitionRule.Kind.BADGE,
                    new Criterion.HoursInField(FieldCode.of("HEALTH"), 4 * 60),
                    BilingualText.of("وسام العمل الصحي", "Health service"),
                    BilingualText.of(
                        "أربع ساعات في المجال الصحي", "Four hours in the health field"))));
    RecognitionEngine engine = Tatawwu.recognition(policy);
    List<HourEntry> approved =
        entries.stream()
            .filter(e -> e.status() == HourStatus.APPROVED)
            .sorted(Comparator.comparing(HourEntry::time))
            .toList();
    List<AwardChange> changes = new ArrayList<>();
    for (int i = 0; i < approved.size(); i++) {
      // The crisis's hours all served one incident; the volunteer's first shift was its first
      // response.
      changes.addAll(
          engine.apply(
              new LedgerOperation.Approve(ServiceRecord.of(approved.get(i), "INC-DEMO", i == 0))));
    }
    for (AwardChange c : changes) {
      out.printf("recognition: %s %s%n", c.type(), c.award().ruleId());
    }
    if (changes.isEmpty()) {
      out.println("recognition: nothing awarded");
      return;
    }
    String badge =
        issuer.award(
            policy,
            changes.get(0).award(),
            certificate.holder(),
            clock.instant(),
            new StatusEntry(STATUS_LIST, 1));

    out.println("hour certificate as a Verifiable Credential (Open Badges 3.0, eddsa-jcs-2022):");
    out.println("  " + hours.substring(0, hours.indexOf(",\"proof\"")) + "}");
    out.printf(
        "  %,d bytes, proof by %s%n", hours.getBytes(StandardCharsets.UTF_8).length, issuer.did());
    out.println("badge credential:");
    out.println("  " + badge);

    String list = issuer.statusList(STATUS_LIST, BitstringStatusList.ofSize(131_072));
    CredentialVerifier verifier = CredentialVerifier.of(Set.of(issuer.did()), List.of(list));
    String edited = hours.replaceFirst("\"approvedMinutes\":(\\d)", "\"approvedMinutes\":9$1");
    out.printf(
        "verified offline from the did:key: certificate %s, badge %s; with the minutes edited: %s%n",
        verifier.verify(hours, clock.instant()),
        verifier.verify(badge, clock.instant()),
        verifier.verify(edited, clock.instant()));
    String revoked = issuer.statusList(STATUS_LIST, BitstringStatusList.ofSize(131_072).revoke(1));
    out.printf(
        "once the badge's bit is set in the status list: %s (the certificate stays %s)%n",
        CredentialVerifier.of(Set.of(issuer.did()), List.of(revoked))
            .verify(badge, clock.instant()),
        CredentialVerifier.of(Set.of(issuer.did()), List.of(revoked))
            .verify(hours, clock.instant()));
  }
}
