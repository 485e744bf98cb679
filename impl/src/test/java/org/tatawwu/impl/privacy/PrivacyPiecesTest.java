package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.NeedId;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** Smaller rules of the privacy engines, each against values worked out by hand. */
class PrivacyPiecesTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  static PersonalData named(String name) {
    return PersonalData.of(Map.of(PersonalField.NAME_ENGLISH, name));
  }

  @Test
  void the_master_key_is_an_aes_key_of_128_192_or_256_bits() {
    for (int bytes : new int[] {16, 24, 32}) {
      byte[] raw = new byte[bytes];
      Arrays.fill(raw, (byte) bytes);
      PersonalDataVault vault =
          PRIVACY.vault(PRIVACY.inMemoryVaultStore(), new SecretKeySpec(raw, "AES"));
      vault.put(SARA, named("Sara"));
      assertThat(vault.read(SARA)).contains(named("Sara"));
    }
    for (int bytes : new int[] {8, 20, 31, 64}) {
      assertThatThrownBy(
              () ->
                  PRIVACY.vault(
                      PRIVACY.inMemoryVaultStore(), new SecretKeySpec(new byte[bytes], "AES")))
          .as("%d bytes", bytes)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("privacy.masterKey"));
    }
    assertThatThrownBy(
            () ->
                PRIVACY.vault(
                    PRIVACY.inMemoryVaultStore(), new SecretKeySpec(new byte[32], "HmacSHA256")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sealed_texts_are_never_the_same_twice_and_the_empty_text_opens() {
    PersonalDataVault vault =
        PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
    vault.put(SARA, named("Sara"));
    String once = vault.seal(SARA, "a note");
    String twice = vault.seal(SARA, "a note");
    assertThat(once).startsWith("vault-sealed:").isNotEqualTo(twice);
    assertThat(vault.open(SARA, once)).contains("a note");
    assertThat(vault.open(SARA, twice)).contains("a note");

    // Format byte, 12-byte nonce, 16-byte tag: 29 bytes, the shortest sealed text.
    String empty = vault.seal(SARA, "");
    byte[] bytes = Base64.getDecoder().decode(empty.substring("vault-sealed:".length()));
    assertThat(bytes).hasSize(29);
    assertThat(vault.open(SARA, empty)).contains("");
    String cut = "vault-sealed:" + Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, 28));
    assertThatThrownBy(() -> vault.open(SARA, cut))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a vault record is damaged");
  }

  @Test
  void the_stores_and_the_vault_show_only_counts() {
    InMemoryVaultStore store = new InMemoryVaultStore();
    PersonalDataVault vault = PRIVACY.vault(store, CryptoShreddingTest.aes());
    vault.put(SARA, named("Sara"));
    vault.put(SARA, named("Sara A"));
    vault.put(VolunteerId.of("V-200"), named("Omar"));
    assertThat(store.toString()).isEqualTo("InMemoryVaultStore[keys=2, records=3]");
    assertThat(vault.toString()).isEqualTo("AesGcmVault[subjects=2]");
    ConsentStore consents = PRIVACY.inMemoryConsentStore();
    assertThat(consents.toString()).isEqualTo("InMemoryConsentStore[volunteers=0]");
    consents.append(given(SARA, T0));
    assertThat(consents.toString()).isEqualTo("InMemoryConsentStore[volunteers=1]");
    assertThat(PRIVACY.consentRetention(consents).toString()).isEqualTo("ConsentRetention");
    assertThat(PRIVACY.appraisalRetention(List::of, a -> {}).toString())
        .isEqualTo("AppraisalRetention");
    assertThat(PRIVACY.backgroundCheckRetention(List::of, c -> {}).toString())
        .isEqualTo("BackgroundCheckRetention");
  }

  @Test
  void the_memory_stores_held_bytes_are_its_keys_then_its_records() {
    InMemoryVaultStore store = new InMemoryVaultStore();
    store.putKey(SARA, new byte[] {1, 2});
    store.append(SARA, new byte[] {3});
    store.append(VolunteerId.of("V-200"), new byte[] {4, 5});
    assertThat(store.heldBytes()).containsExactly(1, 2, 3, 4, 5);
  }

  static ConsentRecord given(VolunteerId v, Instant at) {
    return new ConsentRecord(
        v,
        Purpose.LOCATION_MATCHING,
        NoticeVersion.of("n-1"),
        ConsentGiver.VOLUNTEER,
        ConsentRecord.Action.GIVEN,
        at);
  }

  static ConsentRecord withdrawn(VolunteerId v, Instant at) {
    return new ConsentRecord(
        v,
        Purpose.LOCATION_MATCHING,
        NoticeVersion.of("n-1"),
        ConsentGiver.VOLUNTEER,
        ConsentRecord.Action.WITHDRAWN,
        at);
  }

  @Test
  void destroying_a_consent_history_says_how_many_entries_went() {
    ConsentStore store = PRIVACY.inMemoryConsentStore();
    store.append(given(SARA, T0));
    store.append(withdrawn(SARA, T0.plusSeconds(60)));
    store.append(given(SARA, T0.plusSeconds(120)));
    assertThat(store.destroyHistory(VolunteerId.of("V-200"))).isZero();
    assertThat(store.destroyHistory(SARA)).isEqualTo(3);
    assertThat(store.history(SARA)).isEmpty();
    assertThat(store.destroyHistory(SARA)).isZero();
  }

  static final List<String> IDS = List.of("V-e", "V-b", "V-d", "V-a", "V-f", "V-c");

  @Test
  void retention_targets_list_their_records_by_identifier() {
    PersonalDataVault vault =
        PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
    ConsentStore consents = PRIVACY.inMemoryConsentStore();
    List<Appraisal> appraisals = new ArrayList<>();
    for (String id : IDS) {
      VolunteerId v = VolunteerId.of(id);
      vault.put(v, named("n"));
      vault.put(VolunteerId.of(id + "-undated"), named("n"));
      consents.append(given(v, T0));
      consents.append(withdrawn(v, T0.plusSeconds(60)));
      appraisals.add(
          new Appraisal(
              NeedId.of("need-" + id), v, Appraisal.Direction.LEAD_OF_VOLUNTEER, 3, "", T0));
    }
    RetentionTarget personal =
        PRIVACY.vaultRetention(
            vault, s -> s.value().endsWith("undated") ? Optional.empty() : Optional.of(T0));
    assertThat(personal.records())
        .extracting(RetainedRecord::id)
        .containsExactly("V-a", "V-b", "V-c", "V-d", "V-e", "V-f");
    assertThat(personal.undated())
        .extracting(u -> u.subject().value())
        .containsExactly(
            "V-a-undated",
            "V-b-undated",
            "V-c-undated",
            "V-d-undated",
            "V-e-undated",
            "V-f-undated");
    assertThat(personal.undated())
        .extracting(RetentionReport.Undated::recordClass)
        .containsOnly(RecordClass.PERSONAL_DATA);
    assertThat(PRIVACY.consentRetention(consents).records())
        .extracting(RetainedRecord::id)
        .containsExactly("V-a", "V-b", "V-c", "V-d", "V-e", "V-f");
    List<RetainedRecord> byAppraisal =
        PRIVACY.appraisalRetention(() -> appraisals, a -> {}).records();
    assertThat(byAppraisal).hasSize(6);
    assertThat(byAppraisal).isSortedAccordingTo(Comparator.comparing(RetainedRecord::id));
  }

  @Test
  void a_sweep_leaves_a_record_its_target_lists_under_another_class() {
    List<RetainedRecord> held = new ArrayList<>();
    held.add(new RetainedRecord(RecordClass.APPRAISAL, "mine", SARA, T0));
    held.add(new RetainedRecord(RecordClass.FUND_RECORD, "stray", SARA, T0));
    RetentionTarget target =
        new RetentionTarget() {
          @Override
          public RecordClass recordClass() {
            return RecordClass.APPRAISAL;
          }

          @Override
          public List<RetainedRecord> records() {
            return List.copyOf(held);
          }

          @Override
          public void destroy(RetainedRecord record) {
            held.remove(record);
          }
        };
    RetentionReport report =
        PRIVACY
            .retentionSweep(
                List.of(
                    new RetentionSchedule(
                        RecordClass.APPRAISAL,
                        Optional.of(Period.ofMonths(1)),
                        Period.ofMonths(1))),
                List.of(target),
                List.of(),
                new TestClock(T0.plus(Period.ofDays(400))))
            .run();
    assertThat(report.destroyed()).extracting(RetainedRecord::id).containsExactly("mine");
    assertThat(held).extracting(RetainedRecord::id).containsExactly("stray");
  }

  @Test
  void a_decision_lists_components_in_name_order() {
    DefaultPurposeGuard guard =
        new DefaultPurposeGuard(
            PRIVACY.consentRegister(new TestClock(T0), Purpose.defaults()),
            ModelClassification.INSTANCE);
    Set<ModelComponent> components = DefaultPurposeGuard.VOLUNTEER_COMPONENTS;
    assertThat(components).hasSize(Volunteer.class.getRecordComponents().length);
    var d = guard.decide(SARA, List.of(Purpose.VOLUNTEERING), components, T0);
    assertThat(d.allowed().keySet())
        .extracting(ModelComponent::component)
        .containsExactly(
            "availability",
            "birthDate",
            "city",
            "email",
            "fieldsOfInterest",
            "gender",
            "guardianConsent",
            "id",
            "languages",
            "mobile",
            "name",
            "nationalId",
            "nationality",
            "region",
            "skills",
            "status",
            "trainings");
    assertThat(d.refused())
        .extracting(r -> r.component().component())
        .containsExactly("backgroundCheck", "location");
    assertThat(d.toString()).startsWith("UseDecision[allowed=[Volunteer.availability");
  }
}
