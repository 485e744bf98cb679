package org.tatawwu.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.Credential;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A volunteer's copy of their data: everything the library holds about them, gathered by {@link
 * Privacy#copy}. {@link #toTree()} gives it as plain values for a machine-readable document (the
 * json module writes it as JSON); {@link Privacy#render} gives a readable rendering in Arabic or
 * English.
 *
 * <p>This class is immutable and thread-safe. It holds personal data: {@link #toString()} shows
 * only the pseudonymous id and how many records each section holds.
 *
 * @param subject the volunteer, not null
 * @param producedAt when the copy was made, not null
 * @param erased whether the volunteer's personal data was erased
 * @param personalData the personal data in the vault, if any (empty once erased)
 * @param profile the volunteer's profile as the platform holds it, if given; empty once erased
 * @param consents every consent given and withdrawn, oldest first
 * @param enrollments the volunteer's enrollments
 * @param hours the volunteer's hour entries, every status
 * @param hourEvidence the audit trail of each hour entry: who submitted, approved, corrected
 * @param certificates the hour certificates issued to the volunteer
 * @param appraisals appraisals about the volunteer or by them
 * @param credentials the volunteer's credentials
 * @param backgroundChecks the volunteer's background checks
 * @param fundRecords Community Fund disbursements where the volunteer is the beneficiary
 */
public record SubjectCopy(
    VolunteerId subject,
    Instant producedAt,
    boolean erased,
    Optional<PersonalData> personalData,
    Optional<Volunteer> profile,
    List<ConsentRecord> consents,
    List<Enrollment> enrollments,
    List<HourEntry> hours,
    List<AuditRecord> hourEvidence,
    List<HourCertificate> certificates,
    List<Appraisal> appraisals,
    List<Credential> credentials,
    List<BackgroundCheckCase> backgroundChecks,
    List<Disbursement> fundRecords) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param subject the volunteer, not null
   * @param producedAt when the copy was made, not null
   * @param erased whether the volunteer's personal data was erased
   * @param personalData the personal data in the vault, if any (empty once erased), not null
   * @param profile the volunteer's profile as the platform holds it, if given, not null
   * @param consents every consent given and withdrawn, oldest first, not null
   * @param enrollments the volunteer's enrollments, not null
   * @param hours the volunteer's hour entries, every status, not null
   * @param hourEvidence the audit trail of each hour entry, not null
   * @param certificates the hour certificates issued to the volunteer, not null
   * @param appraisals appraisals about the volunteer or by them, not null
   * @param credentials the volunteer's credentials, not null
   * @param backgroundChecks the volunteer's background checks, not null
   * @param fundRecords Community Fund disbursements where the volunteer is the beneficiary, not
   *     null
   */
  public SubjectCopy {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(producedAt, "producedAt");
    Objects.requireNonNull(personalData, "personalData");
    Objects.requireNonNull(profile, "profile");
    consents = List.copyOf(consents);
    enrollments = List.copyOf(enrollments);
    hours = List.copyOf(hours);
    hourEvidence = List.copyOf(hourEvidence);
    certificates = List.copyOf(certificates);
    appraisals = List.copyOf(appraisals);
    credentials = List.copyOf(credentials);
    backgroundChecks = List.copyOf(backgroundChecks);
    fundRecords = List.copyOf(fundRecords);
  }

  /**
   * Returns the copy as plain values: maps with text keys (in component order), lists, text,
   * numbers, booleans and nulls. A record becomes a map of its components (a record of one
   * component, such as an identifier, its value); an optional its value or null; an enum its name;
   * times and dates their ISO-8601 text; a national ID, mobile number, e-mail address and birth
   * date their full value (the copy is for the person they belong to); personal data a map of field
   * names to values.
   *
   * @return the tree, a fresh mutable map
   */
  public Map<String, @Nullable Object> toTree() {
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> tree =
        (Map<String, @Nullable Object>) Objects.requireNonNull(plain(this));
    return tree;
  }

  private static @Nullable Object plain(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? plain(o.get()) : null;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof NationalId id) {
      return id.value();
    }
    if (value instanceof MobileNumber m) {
      return m.e164();
    }
    if (value instanceof EmailAddress e) {
      return e.value();
    }
    if (value instanceof BirthDate b) {
      return b.enteredHijri()
          .map(h -> String.format("%04d-%02d-%02d AH", h.year(), h.month(), h.day()))
          .orElseGet(() -> b.toLocalDate().toString());
    }
    if (value instanceof PersonalData d) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      d.values().forEach((k, v) -> m.put(k.name(), v));
      return m;
    }
    if (value instanceof Collection<?> c) {
      List<@Nullable Object> out = new ArrayList<>(c.size());
      c.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(plain(k)), plain(v)));
      return out;
    }
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      if (components.length == 1 && !(r instanceof SubjectCopy)) {
        return plain(read(components[0], r));
      }
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (RecordComponent c : components) {
        out.put(c.getName(), plain(read(c, r)));
      }
      return out;
    }
    return value.toString();
  }

  private static @Nullable Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("a record component could not be read", e);
    }
  }

  @Override
  public String toString() {
    return "SubjectCopy[subject="
        + subject
        + ", erased="
        + erased
        + ", consents="
        + consents.size()
        + ", enrollments="
        + enrollments.size()
        + ", hours="
        + hours.size()
        + ", certificates="
        + certificates.size()
        + ", appraisals="
        + appraisals.size()
        + ", fundRecords="
        + fundRecords.size()
        + "]";
  }
}
