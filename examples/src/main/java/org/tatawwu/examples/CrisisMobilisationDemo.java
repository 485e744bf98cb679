package org.tatawwu.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tatawwu.Tatawwu;
import org.tatawwu.geo.Region;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.organization.SupervisingEntity;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * The main demo: a mid-size national platform facing a crisis (floods in several regions). It
 * registers volunteers, shows rejected registrations in Arabic and English, and reports.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java}; sizes with {@code
 * -Ddemo.args="--volunteers 20000"}.
 */
public final class CrisisMobilisationDemo {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Locale ARABIC = Locale.forLanguageTag("ar");

  private final DemoOptions options;
  private final PrintStream out;
  private final Clock clock;

  /**
   * Creates the demo.
   *
   * @param options the sizes and seed
   * @param out where to print
   * @param clock the demo's clock (fixed, so runs are reproducible)
   */
  public CrisisMobilisationDemo(DemoOptions options, PrintStream out, Clock clock) {
    this.options = options;
    this.out = out;
    this.clock = clock;
  }

  /**
   * Runs the demo with the given options.
   *
   * @param args see {@link DemoOptions#parse}
   */
  public static void main(String[] args) {
    DemoOptions options = DemoOptions.parse(args);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), RIYADH);
    new CrisisMobilisationDemo(options, out, clock).run();
  }

  /**
   * Runs every step and prints the report.
   *
   * @return the figures reported
   */
  public DemoReport run() {
    long started = System.nanoTime();
    DemoData data = new DemoData(options.seed());
    LocalDate today = LocalDate.now(clock);
    heading(
        "Tatawwu — national crisis mobilisation demo (seed " + options.seed() + ", " + today + ")");

    heading("1. Entities");
    List<SupervisingEntity> supervisors = data.supervisingEntities();
    List<ParticipatingEntity> entities =
        data.participatingEntities(options.entities(), supervisors, today);
    long accredited = entities.stream().filter(e -> e.isAccreditedOn(today)).count();
    out.printf(
        "%d supervising entities, %d participating entities (%d accredited today)%n",
        supervisors.size(), entities.size(), accredited);

    heading("2. Registrations");
    InputValidator validator = Tatawwu.validator(clock);
    List<Volunteer> volunteers = new ArrayList<>(options.volunteers());
    List<VolunteerRegistration> rejected = new ArrayList<>();
    Progress progress = new Progress(out, "validating registrations", options.volunteers());
    for (int i = 0; i < options.volunteers(); i++) {
      VolunteerRegistration r = data.registration();
      if (i % 20_000 == 7) {
        r = BadInput.corrupt(r, rejected.size());
      }
      List<Problem> problems = validator.validate(r, Locale.ENGLISH);
      if (problems.isEmpty()) {
        volunteers.add(r.toVolunteer(VolunteerId.of("V" + (i + 1)), clock.instant()));
      } else {
        rejected.add(r);
      }
      progress.step(i + 1);
    }
    out.printf("%d registered, %d rejected%n", volunteers.size(), rejected.size());
    for (VolunteerRegistration r : rejected.subList(0, Math.min(3, rejected.size()))) {
      out.println("  rejected registration:");
      for (Locale l : List.of(Locale.ENGLISH, ARABIC)) {
        for (Problem p : validator.validate(r, l)) {
          out.printf("    [%s] %s: %s%n", l.getLanguage(), p.path(), p.message());
        }
      }
    }
    Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
    volunteers.forEach(v -> byRegion.merge(v.region(), 1, Integer::sum));
    long women = volunteers.stream().filter(v -> v.gender() == Gender.FEMALE).count();
    out.printf("women: %d (%.1f%%)%n", women, 100.0 * women / Math.max(1, volunteers.size()));
    Volunteer sample = volunteers.get(0);
    out.printf(
        "sample volunteer: %s — %s, ID %s, mobile %s%n",
        sample.name().english(),
        sample.name().arabic(),
        sample.nationalId().masked(),
        sample.mobile().masked());

    double seconds = (System.nanoTime() - started) / 1e9;
    heading(String.format(Locale.ROOT, "Done in %.1f s", seconds));
    return new DemoReport(volunteers.size(), rejected.size(), byRegion);
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title);
  }
}
