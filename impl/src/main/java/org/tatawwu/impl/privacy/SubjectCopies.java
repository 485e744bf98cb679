package org.tatawwu.impl.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Gathers a volunteer's copy from its sources and renders it for people. Stateless and thread-safe.
 */
final class SubjectCopies {
  private static final List<String> SECTIONS =
      List.of(
          "personalData",
          "profile",
          "consents",
          "enrollments",
          "hours",
          "hourEvidence",
          "certificates",
          "appraisals",
          "credentials",
          "backgroundChecks",
          "fundRecords");

  private SubjectCopies() {}

  static SubjectCopy copy(VolunteerId subject, CopySources sources, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    Optional<PersonalDataVault> vault = sources.vault();
    Optional<PersonalData> personal = vault.flatMap(v -> v.read(subject));
    boolean erased = vault.map(v -> v.erased(subject)).orElse(false);
    // Once erased, the copy carries no profile, even one the caller still held and passed in.
    Optional<Volunteer> profile =
        erased
            ? Optional.empty()
            : sources.profiles().stream().filter(v -> v.id().equals(subject)).findFirst();
    List<ConsentRecord> consents =
        sources.consents().map(c -> c.history(subject)).orElse(List.of());
    List<HourEntry> hours = List.of();
    List<AuditRecord> evidence = new ArrayList<>();
    Optional<HourLedger> ledger = sources.hours();
    if (ledger.isPresent()) {
      hours = ledger.get().entries(subject);
      for (HourEntry e : hours) {
        evidence.addAll(ledger.get().audit(e.id()));
      }
    }
    return new SubjectCopy(
        subject,
        at,
        erased,
        personal,
        profile,
        consents,
        sources.enrollments().stream().filter(e -> e.volunteer().equals(subject)).toList(),
        hours,
        evidence,
        sources.certificates().stream().filter(c -> c.volunteer().equals(subject)).toList(),
        sources.appraisals().stream().filter(a -> a.volunteer().equals(subject)).toList(),
        sources.credentials().stream().filter(c -> c.volunteer().equals(subject)).toList(),
        sources.backgroundChecks().stream().filter(c -> c.volunteer().equals(subject)).toList(),
        sources
            .beneficiary()
            .map(
                b ->
                    sources.disbursements().stream()
                        .filter(d -> d.beneficiary().map(b::equals).orElse(false))
                        .toList())
            .orElse(List.of()));
  }

  static String render(SubjectCopy copy, Locale locale) {
    Locale language =
        "ar".equals(Objects.requireNonNull(locale, "locale").getLanguage())
            ? Locale.forLanguageTag("ar")
            : Locale.ENGLISH;
    ResourceBundle bundle = ResourceBundle.getBundle(PrivacyMessages.BASE_NAME, language);
    StringBuilder b = new StringBuilder();
    b.append(
            bundle
                .getString("copy.title")
                .replace("{subject}", copy.subject().value())
                .replace("{at}", copy.producedAt().toString()))
        .append('\n');
    if (copy.erased()) {
      b.append(bundle.getString("copy.erased")).append('\n');
    }
    Map<String, @Nullable Object> tree = copy.toTree();
    for (String section : SECTIONS) {
      b.append('\n').append(bundle.getString("copy.section." + section)).append('\n');
      Object value = tree.get(section);
      if (value == null
          || (value instanceof List<?> l && l.isEmpty())
          || (value instanceof Map<?, ?> m && m.isEmpty())) {
        b.append("  ").append(bundle.getString("copy.none")).append('\n');
      } else if (section.equals("personalData") && value instanceof Map<?, ?> fields) {
        fields.forEach(
            (k, v) ->
                b.append("  ")
                    .append(bundle.getString("copy.field." + k))
                    .append(": ")
                    .append(v)
                    .append('\n'));
      } else {
        write(b, value, 1);
      }
    }
    return b.toString();
  }

  private static void write(StringBuilder b, @Nullable Object value, int depth) {
    String indent = "  ".repeat(depth);
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = e.getValue();
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
          b.append(indent).append(e.getKey()).append(":\n");
          write(b, v, depth + 1);
        } else {
          b.append(indent).append(e.getKey()).append(": ").append(text(v)).append('\n');
        }
      }
    } else if (value instanceof List<?> l) {
      int i = 1;
      for (Object v : l) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
          b.append(indent).append(i).append(".\n");
          write(b, v, depth + 1);
        } else {
          b.append(indent).append(i).append(". ").append(text(v)).append('\n');
        }
        i++;
      }
    } else {
      b.append(indent).append(text(value)).append('\n');
    }
  }

  private static String text(@Nullable Object v) {
    return v == null ? "—" : v.toString();
  }
}
