package org.tatawwu.credentials;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;

/**
 * Issues W3C Verifiable Credentials (Data Model 2.0) as Open Badges 3.0 {@code
 * OpenBadgeCredential}s, secured with an {@link EddsaJcs2022} Data Integrity proof by an Ed25519
 * key whose {@code did:key} is the issuer's id, so that anyone can verify them offline with a
 * {@link CredentialVerifier}.
 *
 * <p>The credentials follow the Open Badges 3.0 JSON Schema ({@code AchievementCredential}, as
 * 1EdTech publishes it): {@code name} and {@code description} are plain strings in Arabic, the
 * achievement says so with {@code inLanguage: "ar"}, and the same text in Arabic (right to left)
 * and English is kept beside each as VC Data Model 2.0 language value objects (§11.1) in the
 * extension properties {@code nameLocalized} and {@code descriptionLocalized} ({@code [{"@value":
 * ..., "@language": "ar", "@direction": "rtl"}, {"@value": ..., "@language": "en"}]}). The holder's
 * name is an Open Badges {@code identifier} ({@code IdentityObject} of type {@code name}, in Arabic
 * and in English); the hours ({@code volunteerHours}) and an award's basis ({@code awardBasis}) are
 * extension properties of the {@code AchievementSubject}, which the schema allows. The proof is a
 * one-element array, as the schema requires.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredentialIssuer {
  /** The VC Data Model 2.0 context. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The Open Badges 3.0 context. */
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  private final PrivateKey privateKey;
  private final String did;
  private final String verificationMethod;
  private final BilingualText name;
  private final Clock clock;

  private CredentialIssuer(KeyPair keys, BilingualText name, Clock clock) {
    this.privateKey = keys.getPrivate();
    this.did = DidKey.of(keys.getPublic());
    this.verificationMethod = DidKey.verificationMethod(keys.getPublic());
    this.name = name;
    this.clock = clock;
  }

  /**
   * Creates an issuer.
   *
   * @param keys an Ed25519 key pair, not null
   * @param name the issuer's name, not null
   * @param clock the clock that dates proofs and status lists, not null
   * @return the issuer
   * @throws InvalidValueException with code {@code didKey.algorithm} if the keys are not Ed25519
   */
  public static CredentialIssuer of(KeyPair keys, BilingualText name, Clock clock) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(clock, "clock");
    return new CredentialIssuer(keys, name, clock);
  }

  /**
   * Returns the issuer's identifier: the {@code did:key} of its public key.
   *
   * @return {@code did:key:z6Mk...}
   */
  public String did() {
    return did;
  }

  /**
   * Issues an hour certificate as an Open Badges 3.0 credential: a community-service achievement
   * with the approved hours, the participations, the period in Gregorian and Hijri dates (the JDK's
   * Umm al-Qura table, named in the credential), the entities, the fields of work and the
   * experience gained. The credential's id carries the certificate's serial, so the printed compact
   * certificate and the credential name each other.
   *
   * @param certificate the certificate's content, not null
   * @param status where the credential's revocation bit lives, not null
   * @return the signed credential, as compact JSON
   */
  public String hourCertificate(HourCertificate certificate, StatusEntry status) {
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", "urn:tatawwu:achievement:volunteer-hours");
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "CommunityService");
    named(
        achievement,
        BilingualText.of("ساعات العمل التطوعي", "Volunteer hours"),
        BilingualText.of(
            "ساعات تطوعية معتمدة سجلتها الجهات المشاركة",
            "Approved volunteer hours recorded by participating entities"));
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            "Hours approved by the entity the volunteer served; pending, rejected and corrected"
                + " hours never count (Volunteer Work Law, Royal Decree M/70, Art. 9)."));

    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("approvedMinutes", certificate.approvedMinutes());
    hours.put(
        "approvedHours",
        String.format(
            java.util.Locale.ROOT,
            "%d:%02d",
            certificate.approvedMinutes() / 60,
            certificate.approvedMinutes() % 60));
    hours.put("participations", certificate.participations());
    hours.put("period", period(certificate.period().first(), certificate.period().last()));
    hours.put("entities", texts(certificate.entities()));
    hours.put("fieldsOfWork", texts(certificate.typesOfWork()));
    hours.put("experience", texts(certificate.experience()));
    hours.put("certificateSerial", certificate.serial());

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", "urn:tatawwu:volunteer:" + certificate.volunteer().value());
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", holderNames(certificate.holder()));
    subject.put("achievement", achievement);
    subject.put("volunteerHours", hours);

    Map<String, Object> credential =
        credential(
            "urn:tatawwu:certificate:" + certificate.serial(),
            certificate.issuedAt(),
            BilingualText.of("شهادة ساعات تطوعية", "Certificate of volunteer hours"),
            subject,
            status);
    return secured(credential);
  }

  /**
   * Issues a recognition engine's award (a level or a badge) as an Open Badges 3.0 credential. The
   * achievement is the policy's rule: its bilingual name and description, its criterion as the
   * criteria, type {@code Badge} for a badge and {@code Achievement} for a level. The credential's
   * id is derived from the volunteer, the policy and the rule, so an award issued twice carries one
   * id (a holder's wallet keeps one credential). When the engine revokes the award (a correction
   * took the hours behind it away), set the award's bit in the issuer's status list ({@link
   * BitstringStatusList#revoke}); verifiers then report it {@link CredentialCheck#REVOKED}.
   *
   * @param policy the policy that awarded it, not null
   * @param award the award, as the recognition engine reports it; not null
   * @param holder the volunteer's name, written in the credential; not null
   * @param awardedOn when it was awarded (the credential's {@code validFrom}), not null
   * @param status where the credential's revocation bit lives, not null
   * @return the signed credential, as compact JSON
   * @throws InvalidValueException with code {@code award.unknownRule} if the policy has no rule of
   *     the award's id, or {@code award.policyVersion} if the award came from another version of
   *     the policy
   */
  public String award(
      RecognitionPolicy policy,
      Award award,
      BilingualText holder,
      Instant awardedOn,
      StatusEntry status) {
    Objects.requireNonNull(award, "award");
    RecognitionRule rule =
        Objects.requireNonNull(policy, "policy")
            .rule(award.ruleId())
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "award.unknownRule", "the policy has no rule with the award's id"));
    if (award.policyVersion() != policy.version()) {
      throw new InvalidValueException(
          "award.policyVersion", "the award came from another version of the policy");
    }
    String volunteer = award.volunteer().value();
    Map<String, Object> basis = new LinkedHashMap<>();
    basis.put("policy", policy.id());
    basis.put("policyVersion", policy.version());
    basis.put("criterion", criterion(rule.criterion()));
    return achievement(
        "urn:tatawwu:award:" + policy.id() + ":" + rule.id() + ":" + volunteer,
        "urn:tatawwu:volunteer:" + volunteer,
        Objects.requireNonNull(holder, "holder"),
        "urn:tatawwu:achievement:" + policy.id() + ":" + rule.id(),
        rule.kind() == RecognitionRule.Kind.BADGE ? "Badge" : "Achievement",
        rule.name(),
        rule.description(),
        Objects.requireNonNull(awardedOn, "awardedOn"),
        basis,
        Objects.requireNonNull(status, "status"));
  }

  /** The criterion as data: its kind and its thresholds (every permitted kind named). */
  private static Map<String, Object> criterion(Criterion criterion) {
    Map<String, Object> c = new LinkedHashMap<>();
    if (criterion instanceof Criterion.CumulativeHours h) {
      c.put("type", "cumulativeHours");
      c.put("minutes", h.minutes());
    } else if (criterion instanceof Criterion.HoursInField f) {
      c.put("type", "hoursInField");
      c.put("field", f.field().value());
      c.put("minutes", f.minutes());
    } else if (criterion instanceof Criterion.IncidentsServed i) {
      c.put("type", "incidentsServed");
      c.put("incidents", i.incidents());
    } else if (criterion instanceof Criterion.YearsOfService y) {
      c.put("type", "yearsOfService");
      c.put("years", y.years());
    } else if (criterion instanceof Criterion.FirstResponse) {
      c.put("type", "firstResponse");
    } else {
      throw new IllegalStateException("a criterion kind this issuer does not know: " + criterion);
    }
    return c;
  }

  private String achievement(
      String credentialId,
      String recipient,
      BilingualText holder,
      String achievementId,
      String achievementType,
      BilingualText achievementName,
      BilingualText achievementDescription,
      Instant awardedOn,
      Map<String, Object> evidence,
      StatusEntry status) {
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", achievementId);
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", achievementType);
    named(achievement, achievementName, achievementDescription);
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            achievementDescription.english() + " / " + achievementDescription.arabic()));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", recipient);
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", holderNames(holder));
    subject.put("achievement", achievement);
    if (!evidence.isEmpty()) {
      subject.put("awardBasis", new LinkedHashMap<>(evidence));
    }
    Map<String, Object> credential =
        credential(credentialId, awardedOn, achievementName, subject, status);
    return secured(credential);
  }

  /**
   * Signs an Open Badges credential: the Data Integrity proof, held in a one-element array as the
   * Open Badges 3.0 schema requires (the proof is removed before hashing, so its form does not
   * change the signature).
   */
  private String secured(Map<String, Object> credential) {
    Map<String, Object> secured =
        new LinkedHashMap<>(EddsaJcs2022.secure(credential, privateKey, verificationMethod, now()));
    secured.put("proof", List.of(Objects.requireNonNull(secured.get("proof"))));
    return Json.write(secured);
  }

  /**
   * Names an Open Badges object: Arabic plain strings where the schema wants strings, the language,
   * and both languages in the extension properties.
   */
  private static void named(
      Map<String, Object> achievement, BilingualText name, BilingualText description) {
    achievement.put("name", name.arabic());
    achievement.put("description", description.arabic());
    achievement.put("inLanguage", "ar");
    achievement.put("nameLocalized", text(name));
    achievement.put("descriptionLocalized", text(description));
  }

  /**
   * The holder's name as Open Badges identity objects (type {@code name}, not hashed): Arabic, then
   * English if it differs.
   */
  private static List<Object> holderNames(BilingualText holder) {
    List<Object> names = new ArrayList<>();
    for (String n :
        holder.english().equals(holder.arabic())
            ? List.of(holder.arabic())
            : List.of(holder.arabic(), holder.english())) {
      Map<String, Object> identity = new LinkedHashMap<>();
      identity.put("type", "IdentityObject");
      identity.put("identityHash", n);
      identity.put("identityType", "name");
      identity.put("hashed", false);
      names.add(identity);
    }
    return names;
  }

  /**
   * Issues the status list credential that publishes a {@link BitstringStatusList}.
   *
   * @param url the status list credential's URL: its id, and what {@link StatusEntry} names; not
   *     null
   * @param list the list, not null
   * @return the signed status list credential, as compact JSON
   */
  public String statusList(String url, BitstringStatusList list) {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", url + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", list.encode());
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT));
    credential.put("id", url);
    credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    credential.put("issuer", did);
    credential.put("validFrom", now().toString());
    credential.put("credentialSubject", subject);
    return Json.write(EddsaJcs2022.secure(credential, privateKey, verificationMethod, now()));
  }

  private Map<String, Object> credential(
      String id,
      Instant validFrom,
      BilingualText title,
      Map<String, Object> subject,
      StatusEntry status) {
    Map<String, Object> issuer = new LinkedHashMap<>();
    issuer.put("id", did);
    issuer.put("type", List.of("Profile"));
    issuer.put("name", name.arabic());
    issuer.put("nameLocalized", text(name));

    Map<String, Object> credentialStatus = new LinkedHashMap<>();
    credentialStatus.put("id", status.listCredential() + "#" + status.index());
    credentialStatus.put("type", "BitstringStatusListEntry");
    credentialStatus.put("statusPurpose", "revocation");
    credentialStatus.put("statusListIndex", Integer.toString(status.index()));
    credentialStatus.put("statusListCredential", status.listCredential());

    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    credential.put("id", id);
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuer);
    credential.put(
        "validFrom", validFrom.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    credential.put("name", title.arabic());
    credential.put("nameLocalized", text(title));
    credential.put("credentialSubject", subject);
    credential.put("credentialStatus", credentialStatus);
    return credential;
  }

  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private static Map<String, Object> period(LocalDate first, LocalDate last) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("startDate", first.toString());
    p.put("endDate", last.toString());
    HijriTable table = HijriTable.ummAlQura();
    Optional<String> firstHijri = hijri(table, first);
    Optional<String> lastHijri = hijri(table, last);
    if (firstHijri.isPresent() && lastHijri.isPresent()) {
      p.put("startDateHijri", firstHijri.get());
      p.put("endDateHijri", lastHijri.get());
      p.put("hijriTable", table.id());
    }
    return p;
  }

  private static Optional<String> hijri(HijriTable table, LocalDate date) {
    try {
      return Optional.of(table.toHijri(date).toString());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static List<Object> texts(List<BilingualText> texts) {
    List<Object> out = new ArrayList<>();
    texts.forEach(t -> out.add(text(t)));
    return out;
  }

  /** A VC Data Model 2.0 multilingual value: Arabic (right to left) and English. */
  static List<Object> text(BilingualText t) {
    Map<String, Object> ar = new LinkedHashMap<>();
    ar.put("@value", t.arabic());
    ar.put("@language", "ar");
    ar.put("@direction", "rtl");
    Map<String, Object> en = new LinkedHashMap<>();
    en.put("@value", t.english());
    en.put("@language", "en");
    return List.of(ar, en);
  }

  @Override
  public String toString() {
    return "CredentialIssuer[" + did + "]";
  }
}
