package org.tatawwu.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.VolunteerId;

/**
 * What a partner entity sees of one of its volunteers through a {@link PartnerView}: only the
 * fields its purposes allow, the others empty.
 *
 * <p>This class is immutable and thread-safe. {@link #toString()} shows the id and which fields are
 * present, never their values.
 *
 * @param id the volunteer's pseudonymous id, not null
 * @param name the name, if allowed
 * @param mobile the mobile number, if allowed
 * @param email the e-mail address, if allowed and given
 * @param region the home region, if allowed
 * @param city the home city, if allowed and given
 * @param skills the skills with their levels, empty unless allowed
 * @param languages the spoken languages, empty unless allowed
 */
public record VolunteerCard(
    VolunteerId id,
    Optional<BilingualText> name,
    Optional<MobileNumber> mobile,
    Optional<EmailAddress> email,
    Optional<Region> region,
    Optional<City> city,
    Map<SkillCode, SkillLevel> skills,
    Set<LanguageCode> languages) {
  /**
   * Checks for nulls and copies the collections.
   *
   * @param id the volunteer's pseudonymous id, not null
   * @param name the name, if allowed, not null
   * @param mobile the mobile number, if allowed, not null
   * @param email the e-mail address, if allowed and given, not null
   * @param region the home region, if allowed, not null
   * @param city the home city, if allowed and given, not null
   * @param skills the skills with their levels, empty unless allowed, not null
   * @param languages the spoken languages, empty unless allowed, not null
   */
  public VolunteerCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(city, "city");
    skills = Map.copyOf(skills);
    languages = Set.copyOf(languages);
  }

  @Override
  public String toString() {
    List<String> present = new ArrayList<>();
    name.ifPresent(x -> present.add("name"));
    mobile.ifPresent(x -> present.add("mobile"));
    email.ifPresent(x -> present.add("email"));
    region.ifPresent(x -> present.add("region"));
    city.ifPresent(x -> present.add("city"));
    if (!skills.isEmpty()) {
      present.add("skills");
    }
    if (!languages.isEmpty()) {
      present.add("languages");
    }
    return "VolunteerCard[id=" + id + ", fields=" + present + "]";
  }
}
