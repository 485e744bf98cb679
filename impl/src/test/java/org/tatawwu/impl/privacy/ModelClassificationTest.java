package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.DataCategory;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerRegistration;

class ModelClassificationTest {
  final Classification classification = Tatawwu.privacy().classification();

  /** Every public record of the API (outside impl), found in the compiled classes. */
  static List<Class<?>> publicApiRecords() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tatawwu")) {
      if (c.getPackageName().startsWith("org.tatawwu.impl")) {
        continue;
      }
      Class<?> type = c.reflect();
      if (type.isRecord() && publiclyReachable(type)) {
        out.add(type);
      }
    }
    return out;
  }

  static boolean publiclyReachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The components of the records that the classification does not classify. */
  static List<String> unclassified(Classification classification, Collection<Class<?>> records) {
    List<String> missing = new ArrayList<>();
    for (Class<?> r : records) {
      @SuppressWarnings("unchecked")
      Class<? extends Record> record = (Class<? extends Record>) r;
      for (RecordComponent c : record.getRecordComponents()) {
        if (classification.find(ModelComponent.of(record, c.getName())).isEmpty()) {
          missing.add(r.getName() + "." + c.getName());
        }
      }
    }
    return missing;
  }

  @Test
  void every_component_of_every_public_api_record_is_classified() {
    List<Class<?>> records = publicApiRecords();
    // The scan must see the API, or this test could not fail: 120 records when it was written.
    assertThat(records).hasSizeGreaterThan(100).contains(Volunteer.class, HourEntry.class);
    assertThat(unclassified(classification, records)).isEmpty();
  }

  @Test
  void the_check_reports_a_record_component_nobody_classified() {
    record Gained(String nationalId, String harmless) {}
    assertThat(unclassified(classification, List.of(Gained.class)))
        .containsExactly(
            Gained.class.getName() + ".nationalId", Gained.class.getName() + ".harmless");
    assertThatThrownBy(() -> classification.categoryOf(Gained.class, "nationalId"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("1000000008")
        .satisfies(
            e -> assertThat(((InvalidValueException) e).code()).isEqualTo("privacy.unclassified"));
  }

  @Test
  void no_entry_names_a_record_outside_the_public_api() {
    List<Class<?>> records = publicApiRecords();
    assertThat(classification.entries().keySet())
        .allSatisfy(k -> assertThat(records).contains(k.model()));
  }

  @Test
  void the_volunteer_is_classified_as_the_law_reads_it() {
    assertThat(classification.categoryOf(Volunteer.class, "id"))
        .isEqualTo(DataCategory.SUBJECT_REFERENCE);
    assertThat(classification.categoryOf(Volunteer.class, "nationalId"))
        .isEqualTo(DataCategory.IDENTIFIER);
    assertThat(classification.categoryOf(Volunteer.class, "name")).isEqualTo(DataCategory.NAME);
    assertThat(classification.categoryOf(Volunteer.class, "mobile"))
        .isEqualTo(DataCategory.CONTACT);
    assertThat(classification.categoryOf(Volunteer.class, "email")).isEqualTo(DataCategory.CONTACT);
    assertThat(classification.categoryOf(Volunteer.class, "birthDate"))
        .isEqualTo(DataCategory.DEMOGRAPHIC);
    assertThat(classification.categoryOf(Volunteer.class, "location"))
        .isEqualTo(DataCategory.LOCATION);
    assertThat(classification.categoryOf(Volunteer.class, "guardianConsent"))
        .isEqualTo(DataCategory.GUARDIAN);
    assertThat(classification.categoryOf(Volunteer.class, "backgroundCheck").sensitive()).isTrue();
    assertThat(classification.categoryOf(VolunteerRegistration.class, "guardianNationalId"))
        .isEqualTo(DataCategory.GUARDIAN);
    assertThat(classification.categoryOf(BackgroundCheckCase.class, "state"))
        .isEqualTo(DataCategory.CRIMINAL_RECORD);
    assertThat(classification.categoryOf(HourCertificate.class, "holder"))
        .isEqualTo(DataCategory.NAME);
    assertThat(classification.categoryOf(HourEntry.class, "note"))
        .isEqualTo(DataCategory.FREE_TEXT);
    assertThat(classification.categoryOf(GeoPoint.class, "latitude"))
        .isEqualTo(DataCategory.VALUE_PART);
  }

  @Test
  void categories_list_their_components() {
    // Where a volunteer lives or stood: the profile's location and a check-in's reported place.
    assertThat(classification.components(DataCategory.LOCATION))
        .containsExactlyInAnyOrder(
            ModelComponent.of(Volunteer.class, "location"),
            ModelComponent.of(org.tatawwu.hours.Evidence.Location.class, "point"),
            ModelComponent.of(org.tatawwu.hours.Evidence.Location.class, "accuracyMeters"),
            ModelComponent.of(org.tatawwu.hours.HourSubmission.class, "evidence"));
    assertThat(classification.components(DataCategory.IDENTIFIER))
        .extracting(ModelComponent::toString)
        .containsExactlyInAnyOrder(
            "SpontaneousIntake.nationalId",
            "SubjectCopy.personalData",
            "Volunteer.nationalId",
            "VolunteerRegistration.nationalId");
  }

  @Test
  void only_health_and_criminal_records_are_sensitive_and_value_parts_are_not_personal() {
    for (DataCategory c : DataCategory.values()) {
      assertThat(c.sensitive())
          .as("%s", c)
          .isEqualTo(c == DataCategory.HEALTH || c == DataCategory.CRIMINAL_RECORD);
      assertThat(c.personal())
          .as("%s", c)
          .isEqualTo(c != DataCategory.NOT_PERSONAL && c != DataCategory.VALUE_PART);
    }
  }

  @Test
  void a_component_key_must_exist() {
    assertThatThrownBy(() -> ModelComponent.of(Volunteer.class, "passport"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(ModelComponent.of(Volunteer.class, "location")).hasToString("Volunteer.location");
  }
}
