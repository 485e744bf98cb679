package org.tatawwu.privacy;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.text.BilingualText;

/**
 * A processing purpose, as data: what it is called, why it is lawful and which categories of data
 * it needs. A platform declares its own; {@link #defaults()} gives a starting set.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the purpose's identifier, not null
 * @param name the name shown to volunteers, in Arabic and English, not null
 * @param basis the legal basis, not null
 * @param categories the categories of data it needs, not null (copied)
 */
public record Purpose(
    PurposeId id, BilingualText name, LegalBasis basis, Set<DataCategory> categories) {
  /** The volunteering relationship: registration, eligibility, matching on the profile. */
  public static final PurposeId VOLUNTEERING = PurposeId.of("volunteering");

  /** Ranking and matching by where the volunteer is or usually starts from. */
  public static final PurposeId LOCATION_MATCHING = PurposeId.of("location.matching");

  /** Background checks (criminal records) for roles that require them. */
  public static final PurposeId BACKGROUND_CHECK = PurposeId.of("background.check");

  /**
   * Sharing a volunteer's home region and profile (skills, languages) with the entities they serve.
   */
  public static final PurposeId PARTNER_ROSTER = PurposeId.of("partner.roster");

  /** Sharing a volunteer's name and contact details with the entities they serve. */
  public static final PurposeId PARTNER_CONTACT = PurposeId.of("partner.contact");

  /** Keeping hour records, certificates and the Community Fund's books, as the law requires. */
  public static final PurposeId RECORD_KEEPING = PurposeId.of("record.keeping");

  /**
   * Checks the components.
   *
   * @param id the purpose's identifier, not null
   * @param name the name shown to volunteers, in Arabic and English, not null
   * @param basis the legal basis, not null
   * @param categories the categories of data it needs, not null (copied)
   */
  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    categories = Set.copyOf(categories);
  }

  /**
   * Returns whether this purpose needs data of a category.
   *
   * @param category the category, not null
   * @return true when the purpose lists it
   */
  public boolean covers(DataCategory category) {
    return categories.contains(category);
  }

  /**
   * Returns a starting set of purposes: {@link #VOLUNTEERING} (the relationship: identifier, name,
   * contact, demographics, residence, profile, activity, guardian, consent), {@link
   * #LOCATION_MATCHING} (consent: location), {@link #BACKGROUND_CHECK} (consent: criminal record),
   * {@link #PARTNER_ROSTER} (the relationship: residence, profile), {@link #PARTNER_CONTACT}
   * (consent: name, contact) and {@link #RECORD_KEEPING} (legal obligation: activity, appraisal,
   * financial).
   *
   * @return the purposes, in that order
   */
  public static List<Purpose> defaults() {
    return List.of(
        new Purpose(
            VOLUNTEERING,
            BilingualText.of("العمل التطوعي", "Volunteering"),
            LegalBasis.VOLUNTEERING_RELATIONSHIP,
            EnumSet.of(
                DataCategory.SUBJECT_REFERENCE,
                DataCategory.IDENTIFIER,
                DataCategory.NAME,
                DataCategory.CONTACT,
                DataCategory.DEMOGRAPHIC,
                DataCategory.RESIDENCE,
                DataCategory.PROFILE,
                DataCategory.ACTIVITY,
                DataCategory.GUARDIAN,
                DataCategory.CONSENT)),
        new Purpose(
            LOCATION_MATCHING,
            BilingualText.of("اقتراح الفرص القريبة من موقعك", "Matching by your location"),
            LegalBasis.CONSENT,
            EnumSet.of(DataCategory.LOCATION)),
        new Purpose(
            BACKGROUND_CHECK,
            BilingualText.of("التحقق من السجل الجنائي", "Background check"),
            LegalBasis.CONSENT,
            EnumSet.of(DataCategory.CRIMINAL_RECORD)),
        new Purpose(
            PARTNER_ROSTER,
            BilingualText.of(
                "مشاركة منطقتك ومهاراتك ولغاتك مع الجهات التي تتطوع لديها",
                "Sharing your region, skills and languages with the entities you serve"),
            LegalBasis.VOLUNTEERING_RELATIONSHIP,
            EnumSet.of(
                DataCategory.SUBJECT_REFERENCE, DataCategory.RESIDENCE, DataCategory.PROFILE)),
        new Purpose(
            PARTNER_CONTACT,
            BilingualText.of(
                "مشاركة اسمك ووسائل التواصل مع الجهات التي تتطوع لديها",
                "Sharing your name and contact details with the entities you serve"),
            LegalBasis.CONSENT,
            EnumSet.of(DataCategory.NAME, DataCategory.CONTACT)),
        new Purpose(
            RECORD_KEEPING,
            BilingualText.of(
                "حفظ سجلات الساعات والشهادات والصندوق",
                "Keeping hour, certificate and fund records"),
            LegalBasis.LEGAL_OBLIGATION,
            EnumSet.of(
                DataCategory.SUBJECT_REFERENCE,
                DataCategory.STAFF_REFERENCE,
                DataCategory.ACTIVITY,
                DataCategory.APPRAISAL,
                DataCategory.FINANCIAL)));
  }
}
