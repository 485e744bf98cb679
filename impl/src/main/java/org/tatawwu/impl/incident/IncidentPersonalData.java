package org.tatawwu.impl.incident;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.geo.Region;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.NationalIdChecksum;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * How the incident command keeps personal data: as given, or under each volunteer's key in a vault.
 * With a vault, an appraisal's comment is kept {@linkplain PersonalDataVault#seal sealed} and reads
 * {@link PersonalDataVault#ERASED_TEXT} once the volunteer is erased; a spontaneous volunteer's
 * personal values (national ID, name, mobile, birth date) are written to the vault at intake and
 * read back from it at each use, the command keeping only what is not personal (nationality,
 * gender, region, status, the Hijri table of a Hijri birth date), so an erased walk-in volunteer
 * reads as absent. Immutable and thread-safe (as thread-safe as the vault).
 */
final class IncidentPersonalData {
  /** Keeps everything as given. */
  static final IncidentPersonalData PLAIN = new IncidentPersonalData(null);

  private final @Nullable PersonalDataVault vault;

  private IncidentPersonalData(@Nullable PersonalDataVault vault) {
    this.vault = vault;
  }

  /** Keeps personal data in a vault. */
  static IncidentPersonalData with(PersonalDataVault vault) {
    return new IncidentPersonalData(Objects.requireNonNull(vault, "vault"));
  }

  /**
   * The comment of an appraisal sealed under the appraised volunteer's key, or null when kept as
   * given (no vault, or an empty comment).
   */
  @Nullable String sealedComment(Appraisal given) {
    PersonalDataVault v = vault;
    return v == null || given.comment().isEmpty()
        ? null
        : v.seal(given.volunteer(), given.comment());
  }

  /** The appraisal kept beside its sealed comment: without the comment. */
  static Appraisal withoutComment(Appraisal given) {
    return new Appraisal(
        given.need(), given.volunteer(), given.direction(), given.rating(), "", given.at());
  }

  /** An appraisal as it reads: its sealed comment opened, or {@code [erased]}. */
  Appraisal shown(Appraisal kept, @Nullable String sealedComment) {
    PersonalDataVault v = vault;
    if (v == null || sealedComment == null) {
      return kept;
    }
    String comment = v.open(kept.volunteer(), sealedComment).orElse(PersonalDataVault.ERASED_TEXT);
    return new Appraisal(
        kept.need(), kept.volunteer(), kept.direction(), kept.rating(), comment, kept.at());
  }

  /**
   * Takes a spontaneous volunteer in: with a vault, their personal values go to the vault (before
   * anything is kept here) and only the rest is kept.
   *
   * @throws org.tatawwu.validation.RuleException {@code privacy.subject.erased} for an erased id
   */
  Walkin intake(Volunteer volunteer) {
    PersonalDataVault v = vault;
    if (v == null) {
      return new Walkin(volunteer, null);
    }
    v.put(volunteer.id(), PersonalData.from(volunteer));
    BirthDate born = volunteer.birthDate();
    return new Walkin(
        null,
        new Skeleton(
            volunteer.id(),
            volunteer.nationality(),
            volunteer.gender(),
            volunteer.region(),
            volunteer.status(),
            born.enteredHijri().isPresent() ? born.table() : null));
  }

  /** The spontaneous volunteer as they stand, or null once erased from the vault. */
  @Nullable Volunteer volunteer(Walkin walkin) {
    if (walkin.plain != null) {
      return walkin.plain;
    }
    Skeleton s = Objects.requireNonNull(walkin.skeleton);
    Optional<PersonalData> data = Objects.requireNonNull(vault).read(s.id);
    if (data.isEmpty()) {
      return null;
    }
    PersonalData d = data.get();
    Optional<String> id = d.get(PersonalField.NATIONAL_ID);
    Optional<BilingualText> name = d.name();
    Optional<String> mobile = d.get(PersonalField.MOBILE);
    Optional<String> born = d.get(PersonalField.BIRTH_DATE);
    if (id.isEmpty() || name.isEmpty() || mobile.isEmpty() || born.isEmpty()) {
      return null;
    }
    return Volunteer.builder()
        .id(s.id)
        .nationalId(NationalId.parse(id.get(), NationalIdChecksum.NONE))
        .nationality(s.nationality)
        .name(name.get())
        .mobile(MobileNumber.parse(mobile.get()))
        .birthDate(birthDate(born.get(), s.table))
        .gender(s.gender)
        .region(s.region)
        .status(s.status)
        .build();
  }

  /**
   * A birth date as {@link PersonalData#from} writes it: {@code yyyy-mm-dd}, {@code AH} if Hijri.
   */
  private static BirthDate birthDate(String text, @Nullable HijriTable table) {
    if (text.endsWith(" AH")) {
      String[] p = text.substring(0, text.length() - 3).split("-", -1);
      HijriDate h =
          HijriDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      return table == null ? BirthDate.ofHijri(h) : BirthDate.ofHijri(h, table);
    }
    return BirthDate.ofGregorian(LocalDate.parse(text));
  }

  /** The same walk-in volunteer with another status. */
  Walkin withStatus(Walkin walkin, VolunteerStatus status) {
    if (walkin.plain != null) {
      return new Walkin(walkin.plain.withStatus(status), null);
    }
    Skeleton s = Objects.requireNonNull(walkin.skeleton);
    return new Walkin(null, new Skeleton(s.id, s.nationality, s.gender, s.region, status, s.table));
  }

  /** A spontaneous volunteer as kept: whole without a vault, the parts not personal with one. */
  static final class Walkin {
    final @Nullable Volunteer plain;
    final @Nullable Skeleton skeleton;

    Walkin(@Nullable Volunteer plain, @Nullable Skeleton skeleton) {
      this.plain = plain;
      this.skeleton = skeleton;
    }

    @Override
    public String toString() {
      return "Walkin";
    }
  }

  /** What is not personal of a spontaneous volunteer. */
  private record Skeleton(
      VolunteerId id,
      Nationality nationality,
      Gender gender,
      Region region,
      VolunteerStatus status,
      @Nullable HijriTable table) {}

  @Override
  public String toString() {
    return vault == null ? "IncidentPersonalData[plain]" : "IncidentPersonalData[vault]";
  }
}
