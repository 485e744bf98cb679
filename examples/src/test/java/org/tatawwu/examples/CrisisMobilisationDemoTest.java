package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisMobilisationDemoTest {
  record Run(String output, DemoReport report) {}

  static Run run(DemoOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), CrisisMobilisationDemo.RIYADH);
    DemoReport report = new CrisisMobilisationDemo(options, out, clock).run();
    return new Run(bytes.toString(StandardCharsets.UTF_8), report);
  }

  @Test
  void runs_every_step_end_to_end_and_is_reproducible(@TempDir Path dir) {
    DemoOptions options = new DemoOptions(4_000, 40, 200, 11L, dir.resolve("r.html"));
    Run first = run(options);
    assertThat(first.output())
        .contains(
            "rejected registration",
            "[ar]",
            "eligible",
            "why volunteer",
            "exact assignment:",
            "attendance entries imported",
            "appended nothing",
            "restart: the ledger rebuilt from its event file",
            "approved",
            "correction:",
            "a bad claim was refused",
            "a claim the shift does not back was refused (",
            "hours.codeOtherVolunteer",
            "a claim with the volunteer's own check-in code was credited: ",
            "evidence CHECK_IN_CODE, review []",
            "a walk-in's attendance was sent to review ([hours.notEnrolled])",
            "books balance exactly",
            "beneficiaries reached",
            "hours by region",
            "economic value",
            "progress:",
            "a flagged background check, as its volunteer is told:",
            "wave 1:",
            "wave 2:",
            "wave 3:",
            "spontaneous volunteer",
            "enrolled together",
            "rotation rules",
            "stand-down:",
            "incident report: needs met",
            "appraisals:");
    assertThat(first.report().approvedHours()).isPositive();
    assertThat(first.report().mobilised()).isPositive();
    assertThat(first.report().hoursByRegion()).hasSize(13);
    assertThat(stable(run(options).output())).isEqualTo(stable(first.output()));
  }

  /**
   * Removes what legitimately differs between runs: timings, the random serial codes, and the
   * length of a credential signed over a random serial (a base58 signature is 86 to 88 characters).
   */
  static String stable(String output) {
    return output
        .replaceAll("(?m)^.*( in [\\d,]+ (ms|µs)|Done in ).*$", "")
        .replaceAll("solved in \\d+ ms", "")
        .replaceAll("[\\d,]+ bytes, proof by", "N bytes, proof by")
        .replaceAll("-[2-9A-HJKMNP-TV-Z]{8}\\b", "-CODE")
        .replaceAll("(verification code|رمز التحقق): \\S+", "$1: CODE");
  }

  @Test
  void never_prints_a_generated_national_id_or_mobile_in_full(@TempDir Path dir) throws Exception {
    DemoOptions options = new DemoOptions(2_000, 20, 100, 5L, dir.resolve("r.html"));
    Run r = run(options);
    HtmlReport.write(r.report(), options.html());
    String html = Files.readString(options.html());
    String arabic = Files.readString(HtmlReport.arabicPath(options.html()));
    for (String text : new String[] {r.output(), html, arabic}) {
      // Every generated ID is 10 digits starting with 1 or 2, every mobile 05XXXXXXXX.
      assertThat(Pattern.compile("(?<![0-9])[12][0-9]{9}(?![0-9])").matcher(text).find()).isFalse();
      assertThat(Pattern.compile("05[0-9]{8}|\\+?9665[0-9]{8}").matcher(text).find()).isFalse();
    }
  }

  @Test
  void writes_a_self_contained_html_report_with_charts(@TempDir Path dir) throws Exception {
    DemoOptions options = new DemoOptions(2_000, 20, 100, 3L, dir.resolve("out/report.html"));
    Run r = run(options);
    HtmlReport.write(r.report(), options.html());
    String html = Files.readString(options.html());
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg", "Riyadh", "الرياض", "50,000,000")
        .doesNotContain("<script", "http://cdn", "https://");
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("Needs met over time", "<polyline", "The Community Fund", "Call-out waves");
    String arabic = Files.readString(HtmlReport.arabicPath(options.html()));
    assertThat(arabic)
        .startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
        .contains("تلبية الاحتياجات عبر الزمن", "الصندوق المجتمعي", "موجات الاستدعاء", "<polyline")
        .doesNotContain("<script", "https://");
    assertThat(HtmlReport.escape("<b>\"x\" & 'y'</b>"))
        .isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
  }
}
