package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The consent register on PostgreSQL: what one application node records decides the answers of
 * every node, survives a restart, and matches the register kept in memory step by step.
 */
class PostgresConsentStoreTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final NoticeVersion NOTICE = NoticeVersion.of("notice-2026-01");

  /** A clock the test moves by hand; shared by the two nodes, as NTP-synchronised nodes are. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void a_consent_recorded_on_one_node_decides_on_every_node_and_survives_a_restart() {
    DataSource ds = TestDatabase.create();
    ManualClock clock = new ManualClock();
    ConsentRegister nodeA =
        PRIVACY.consentRegister(clock, Purpose.defaults(), PostgresConsentStore.create(ds));
    ConsentRegister nodeB =
        PRIVACY.consentRegister(
            clock, Purpose.defaults(), PostgresConsentStore.create(TestDatabase.anotherNode(ds)));

    Instant given = clock.now;
    nodeA.give(SARA, Purpose.LOCATION_MATCHING, NOTICE, ConsentGiver.VOLUNTEER);
    assertThat(nodeB.inForce(SARA, Purpose.LOCATION_MATCHING, given)).isTrue();

    clock.now = clock.now.plus(Duration.ofDays(3)).plusNanos(123_456_789);
    Instant withdrawn = clock.now;
    nodeB.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    assertThat(nodeA.inForce(SARA, Purpose.LOCATION_MATCHING, withdrawn)).isFalse();
    assertThat(nodeA.inForce(SARA, Purpose.LOCATION_MATCHING, withdrawn.minusNanos(1))).isTrue();

    ConsentRegister restarted =
        PRIVACY.consentRegister(clock, Purpose.defaults(), PostgresConsentStore.create(ds));
    assertThat(restarted.history(SARA))
        .containsExactly(
            new ConsentRecord(
                SARA,
                Purpose.LOCATION_MATCHING,
                NOTICE,
                ConsentGiver.VOLUNTEER,
                ConsentRecord.Action.GIVEN,
                given),
            new ConsentRecord(
                SARA,
                Purpose.LOCATION_MATCHING,
                NOTICE,
                ConsentGiver.VOLUNTEER,
                ConsentRecord.Action.WITHDRAWN,
                withdrawn));
    assertThat(restarted.history(VolunteerId.of("V-none"))).isEmpty();
  }

  @Test
  void the_database_register_answers_as_the_memory_register_over_a_random_history() {
    DataSource ds = TestDatabase.create();
    ManualClock clock = new ManualClock();
    ConsentRegister database =
        PRIVACY.consentRegister(clock, Purpose.defaults(), PostgresConsentStore.create(ds));
    ConsentRegister memory = PRIVACY.consentRegister(clock, Purpose.defaults());
    List<VolunteerId> people = List.of(SARA, VolunteerId.of("V-200"), VolunteerId.of("V-300"));
    List<PurposeId> purposes =
        List.of(
            Purpose.LOCATION_MATCHING,
            Purpose.BACKGROUND_CHECK,
            Purpose.PARTNER_CONTACT,
            Purpose.VOLUNTEERING);
    Random rnd = new Random(4);
    List<Instant> asked = new ArrayList<>();
    int refusedAlike = 0;
    for (int step = 0; step < 300; step++) {
      // time moves forward, stands still, and sometimes steps back (a clock correction)
      clock.now = clock.now.plusSeconds(rnd.nextInt(7_200) - 600);
      asked.add(clock.now);
      VolunteerId who = people.get(rnd.nextInt(people.size()));
      PurposeId what = purposes.get(rnd.nextInt(purposes.size()));
      ConsentGiver by = rnd.nextBoolean() ? ConsentGiver.VOLUNTEER : ConsentGiver.GUARDIAN;
      boolean give = rnd.nextBoolean();
      Optional<String> a = outcome(() -> act(database, give, who, what, by));
      Optional<String> b = outcome(() -> act(memory, give, who, what, by));
      assertThat(a).as("step %d", step).isEqualTo(b);
      if (a.isPresent()) {
        refusedAlike++;
      }
    }
    assertThat(refusedAlike).as("some steps were refused, alike").isBetween(20, 280);
    for (VolunteerId who : people) {
      assertThat(database.history(who)).isEqualTo(memory.history(who));
      for (PurposeId what : purposes) {
        for (Instant at : asked) {
          assertThat(database.latest(who, what, at)).isEqualTo(memory.latest(who, what, at));
        }
      }
    }
  }

  @Test
  void a_withdrawn_history_is_swept_from_the_database_when_its_retention_ends() {
    DataSource ds = TestDatabase.create();
    ManualClock clock = new ManualClock();
    clock.now = Instant.parse("2026-01-10T00:00:00Z");
    PostgresConsentStore store = PostgresConsentStore.create(ds);
    ConsentRegister register = PRIVACY.consentRegister(clock, Purpose.defaults(), store);
    VolunteerId omar = VolunteerId.of("V-200");
    register.give(SARA, Purpose.LOCATION_MATCHING, NOTICE, ConsentGiver.VOLUNTEER);
    register.give(omar, Purpose.LOCATION_MATCHING, NOTICE, ConsentGiver.VOLUNTEER);
    clock.now = Instant.parse("2026-03-01T00:00:00Z");
    register.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    assertThat(store.subjects()).containsExactlyInAnyOrder(SARA, omar);
    RetentionSweep sweep =
        PRIVACY.retentionSweep(
            List.of(
                RetentionSchedule.keep(
                    org.tatawwu.privacy.RecordClass.CONSENT_HISTORY, java.time.Period.ofYears(5))),
            List.of(
                PRIVACY.consentRetention(
                    PostgresConsentStore.create(TestDatabase.anotherNode(ds)))),
            List.of(),
            clock);
    clock.now = Instant.parse("2031-02-28T23:59:59Z");
    assertThat(sweep.run().destroyed()).isEmpty();
    clock.now = Instant.parse("2031-03-01T00:00:00Z");
    assertThat(sweep.run().destroyed())
        .singleElement()
        .satisfies(r -> assertThat(r.subject()).isEqualTo(SARA));
    assertThat(store.history(SARA)).isEmpty();
    assertThat(store.subjects()).containsExactly(omar);
    assertThat(store.history(omar)).hasSize(1);
    assertThat(store.destroyHistory(SARA)).isZero();
  }

  private static void act(
      ConsentRegister r, boolean give, VolunteerId who, PurposeId what, ConsentGiver by) {
    if (give) {
      r.give(who, what, NOTICE, by);
    } else {
      r.withdraw(who, what, by);
    }
  }

  /** The codes of a refusal, or empty when the step was accepted. */
  private static Optional<String> outcome(Runnable step) {
    try {
      step.run();
      return Optional.empty();
    } catch (RuleException e) {
      return Optional.of(String.join(",", e.codes()));
    }
  }
}
