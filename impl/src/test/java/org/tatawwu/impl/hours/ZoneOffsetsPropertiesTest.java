package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The remembered offsets equal the zone rules' at every second asked, in any order: around
 * transitions (a second before, at, after), in zones with 30-minute and whole-day changes, with
 * fixed offsets, and at the ends of the instant range.
 */
class ZoneOffsetsPropertiesTest {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Riyadh"),
          ZoneId.of("UTC"),
          ZoneId.of("+05:30"));

  record Ask(ZoneId zone, long second) {}

  static long pick(RandomnessSource in, long from, long to) {
    return in.next(Constraint.between(from, to));
  }

  static Gen<Ask> asks() {
    return in -> {
      ZoneId zone = ZONES.get((int) pick(in, 0, ZONES.size() - 1));
      List<ZoneOffsetTransition> transitions = zone.getRules().getTransitions();
      long second =
          switch ((int) pick(in, 0, 3)) {
            case 0 -> pick(in, -2_208_988_800L, 4_102_444_800L); // 1900 to 2100
            case 1 ->
                transitions.isEmpty()
                    ? pick(in, -10, 10)
                    : transitions.get((int) pick(in, 0, transitions.size() - 1)).toEpochSecond()
                        + pick(in, -2, 2);
            case 2 ->
                // Beyond the listed transitions: the zone's recurring rules.
                pick(in, 2_208_988_800L, 2_208_988_800L + 40L * 31_536_000L);
            default ->
                pick(in, 0, 1) == 0
                    ? Instant.MIN.getEpochSecond() + pick(in, 0, 3)
                    : Instant.MAX.getEpochSecond() - pick(in, 0, 3);
          };
      return new Ask(zone, second);
    };
  }

  @Test
  void every_offset_equals_the_zone_rules() {
    qt().withExamples(3_000)
        .forAll(lists().of(asks()).ofSizeBetween(1, 30))
        .checkAssert(
            asks -> {
              ZoneOffsets offsets = new ZoneOffsets();
              for (Ask a : asks) {
                int expected =
                    a.zone()
                        .getRules()
                        .getOffset(Instant.ofEpochSecond(a.second()))
                        .getTotalSeconds();
                assertThat(offsets.at(a.zone(), a.second())).as(a.toString()).isEqualTo(expected);
              }
            });
  }
}
