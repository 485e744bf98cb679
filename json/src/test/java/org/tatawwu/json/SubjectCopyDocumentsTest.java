package org.tatawwu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.crypto.KeyGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.volunteer.VolunteerId;

class SubjectCopyDocumentsTest {
  static List<String> leaves(@Nullable Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof Map<?, ?> m) {
      m.values().forEach(x -> out.addAll(leaves(x)));
    } else if (v instanceof List<?> l) {
      l.forEach(x -> out.addAll(leaves(x)));
    } else if (v != null) {
      out.add(v.toString());
    }
    return out;
  }

  @Test
  void the_json_document_holds_every_value_of_the_copy() throws Exception {
    Privacy privacy = Tatawwu.privacy();
    KeyGenerator g = KeyGenerator.getInstance("AES");
    g.init(256);
    PersonalDataVault vault = privacy.vault(privacy.inMemoryVaultStore(), g.generateKey());
    VolunteerId sara = VolunteerId.of("V-100");
    Map<PersonalField, String> values = new EnumMap<>(PersonalField.class);
    values.put(PersonalField.NATIONAL_ID, "1000000008");
    values.put(PersonalField.NAME_ARABIC, "سارة العتيبي");
    values.put(PersonalField.NAME_ENGLISH, "Sara \"Al-Otaibi\"");
    values.put(PersonalField.MOBILE, "+966501234567");
    vault.put(sara, PersonalData.of(values));
    ConsentRegister consents =
        privacy.consentRegister(
            Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC), Purpose.defaults());
    consents.give(
        sara, Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-7"), ConsentGiver.GUARDIAN);
    SubjectCopy copy =
        privacy.copy(
            sara,
            CopySources.builder().vault(vault).consents(consents).build(),
            Instant.parse("2026-06-01T00:00:00Z"));

    String json = SubjectCopyDocuments.toJson(copy);
    Map<String, Object> parsed = JSON.std.mapFrom(json);

    assertThat(parsed.get("format")).isEqualTo("tatawwu-subject-copy/1");
    assertThat(leaves(parsed.get("copy"))).isEqualTo(leaves(copy.toTree()));
    assertThat(leaves(parsed.get("copy")))
        .contains(
            "1000000008",
            "سارة العتيبي",
            "Sara \"Al-Otaibi\"",
            "+966501234567",
            "location.matching",
            "notice-7",
            "GUARDIAN",
            "2026-05-01T08:00:00Z");
  }
}
