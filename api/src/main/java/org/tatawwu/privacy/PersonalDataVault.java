package org.tatawwu.privacy;

import java.util.List;
import java.util.Optional;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Keeps each volunteer's {@link PersonalData} apart from the ledgers, encrypted with a key of its
 * own (AES-256-GCM; the volunteer's id is bound to each record as associated data), the key wrapped
 * with the platform's master key before it reaches the {@link VaultStore}. {@link #erase} destroys
 * the volunteer's key: every version ever written becomes unreadable in every store and copy, while
 * append-only logs are never rewritten and the ledgers, which hold only the pseudonymous id, keep
 * their totals. Obtain one from {@link Privacy#vault}.
 *
 * <p>Implementations are thread-safe.
 */
public interface PersonalDataVault {
  /**
   * What a reader shows in place of a text {@linkplain #seal sealed} for a volunteer since erased,
   * for example an hour entry's rejection reason: {@value}.
   */
  String ERASED_TEXT = "[erased]";

  /**
   * Writes a volunteer's personal data: the first time with a new key, later as a correction (a new
   * version; {@link #read} returns the latest).
   *
   * <p>Each value must be of its field's kind (see {@link PersonalField}), checked with the
   * library's own parsers: a national ID or guardian's ID of 10 ASCII digits starting with 1 or 2
   * (its check digit is the platform's rule, {@link org.tatawwu.volunteer.NationalIdChecksum},
   * checked where the number is entered), a name {@link org.tatawwu.text.SafeText} accepts, a
   * mobile number in the E.164 form {@link org.tatawwu.volunteer.MobileNumber#e164()} gives, an
   * e-mail address {@link org.tatawwu.volunteer.EmailAddress#parse} accepts without surrounding
   * spaces, a birth date as {@link PersonalData#from} writes it that {@link
   * org.tatawwu.volunteer.BirthDate} accepts, a location {@code latitude,longitude} in range.
   *
   * @param subject the volunteer, not null
   * @param data the personal data, not null
   * @throws RuleException naming every problem at once, nothing written: {@code
   *     privacy.subject.erased} if the volunteer was erased; {@code
   *     privacy.personalData.nationalId}, {@code .guardianId}, {@code .nameArabic}, {@code
   *     .nameEnglish}, {@code .mobile}, {@code .email}, {@code .birthDate}, {@code .homeLocation}
   *     for a value not of its field's kind (the problem's path is the field's name; the value
   *     never appears); worded in Arabic and English
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  void put(VolunteerId subject, PersonalData data);

  /**
   * Reads a volunteer's latest personal data.
   *
   * @param subject the volunteer, not null
   * @return the data, or empty for an unknown or erased volunteer
   * @throws IllegalStateException if a stored record fails authentication (tampered or wrong master
   *     key)
   */
  Optional<PersonalData> read(VolunteerId subject);

  /**
   * Reads every version of a volunteer's personal data, oldest first.
   *
   * @param subject the volunteer, not null
   * @return the versions, empty for an unknown or erased volunteer
   * @throws IllegalStateException if a stored record fails authentication
   */
  List<PersonalData> versions(VolunteerId subject);

  /**
   * Erases a volunteer: destroys their key, so that nothing written for them can be read again.
   *
   * @param subject the volunteer, not null
   * @return true if the volunteer had a key, false if unknown or already erased
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  boolean erase(VolunteerId subject);

  /**
   * Returns the volunteers whose personal data the vault holds (not erased).
   *
   * @return the volunteers
   */
  java.util.Set<VolunteerId> subjects();

  /**
   * Returns whether a volunteer was erased.
   *
   * @param subject the volunteer, not null
   * @return true once erased
   */
  boolean erased(VolunteerId subject);

  /**
   * Returns the pseudonymous holder a certificate names instead of the person: {@code vault:<64 hex
   * digits>}, an HMAC-SHA-256 of the current name under a key derived from the volunteer's own key.
   * While the key exists the vault can show that a certificate's holder is this volunteer's name;
   * once erased, nothing links it to anyone.
   *
   * @param subject the volunteer, not null
   * @return the pseudonym, the same text in both languages
   * @throws RuleException with code {@code privacy.subject.unknown} for a volunteer without
   *     personal data or a name, or {@code privacy.subject.erased} for an erased one
   */
  BilingualText holderPseudonym(VolunteerId subject);

  /**
   * Resolves a certificate's pseudonymous holder to the volunteer's name.
   *
   * @param subject the volunteer the certificate is for, not null
   * @param holder the holder written in the certificate, not null
   * @return the name, when the holder is the pseudonym of one of the volunteer's names (current or
   *     corrected); empty after erasure or for another holder
   */
  Optional<BilingualText> resolveHolder(VolunteerId subject, BilingualText holder);

  /**
   * Seals a free text about a volunteer (a rejection or correction reason, a coordinator's remark)
   * under the volunteer's own key, for a store outside the vault: the store keeps the sealed text,
   * {@link #open} reads it back while the volunteer's key exists, and {@link #erase} makes it
   * unreadable wherever it was copied, without rewriting the store. A volunteer without a key gets
   * one (and appears in {@link #subjects()}). For a volunteer already erased the text is sealed
   * under a key that is thrown away at once, so it is never readable.
   *
   * <p>The sealed text is {@code vault-sealed:} followed by the Base64 (RFC 4648, padded, no line
   * breaks) of the AES-GCM record, the volunteer's id bound as associated data: {@code 13 + 4 *
   * ceil((n + 29) / 3)} characters for a text of {@code n} bytes in UTF-8.
   *
   * @param subject the volunteer the text is about, not null
   * @param text the text, not null, at most {@link PersonalData#MAX_VALUE_LENGTH} (4,096) UTF-16
   *     units, the same bound as a personal value
   * @return the sealed text, ASCII
   * @throws RuleException with code {@code privacy.seal.tooLong} for a longer text, nothing kept
   * @throws java.io.UncheckedIOException if the store cannot be written (a new key)
   */
  String seal(VolunteerId subject, String text);

  /**
   * Opens a text {@linkplain #seal sealed} for a volunteer. A text that is not a sealed text (one
   * stored before sealing was configured) is returned as it is.
   *
   * @param subject the volunteer the text was sealed for, not null
   * @param text the stored text, not null
   * @return the text, or empty if the volunteer was erased
   * @throws IllegalStateException if a sealed text fails authentication (tampered, sealed for
   *     another volunteer, under another master key) or its volunteer has no key
   */
  Optional<String> open(VolunteerId subject, String text);
}
