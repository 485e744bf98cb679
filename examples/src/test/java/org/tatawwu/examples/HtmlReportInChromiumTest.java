package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lays out the demo's HTML reports in headless Chromium and measures them: the Arabic report must
 * run right to left (its heading's text against the right edge, every chart inside the page), the
 * English one left to right. Skipped where no {@code chromium} is installed (it is not a Maven
 * artifact); the reports' markup is checked without a browser by {@link
 * CrisisMobilisationDemoTest}.
 */
class HtmlReportInChromiumTest {
  static final int WIDTH = 1200;

  /** Appended to a copy of a report: measures the layout into an attribute of the body. */
  static final String PROBE =
      """
      <script>
      const h = document.querySelector('h1');
      const range = document.createRange();
      range.selectNodeContents(h);
      const text = range.getBoundingClientRect();
      const box = h.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const charts = [...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect());
      const inside = charts.filter(c => c.left >= -1 && c.right <= width + 1).length;
      document.body.setAttribute('data-probe', [getComputedStyle(document.body).direction,
          Math.round(text.left - box.left), Math.round(box.right - text.right), width,
          charts.length, inside].join(','));
      </script>
      """;

  static String chromium() {
    for (String dir :
        Pattern.compile(java.io.File.pathSeparator)
            .splitAsStream(System.getenv().getOrDefault("PATH", ""))
            .toList()) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return "";
  }

  /**
   * Direction, the heading text's distance from its box's left and right edges, page width, charts,
   * charts inside the page.
   */
  static String[] layout(Path report, Path dir) throws IOException, InterruptedException {
    String html = Files.readString(report, StandardCharsets.UTF_8);
    Path probe = dir.resolve("probe-" + report.getFileName());
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--window-size=" + WIDTH + ",900",
                "--dump-dom",
                probe.toUri().toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("the probe ran in %s", report.getFileName()).isTrue();
    return Pattern.compile(",").splitAsStream(m.group(1)).toArray(String[]::new);
  }

  @Test
  void the_arabic_report_runs_right_to_left_and_the_english_left_to_right(@TempDir Path dir)
      throws Exception {
    assumeTrue(!chromium().isEmpty(), "no chromium on the PATH");
    DemoOptions options = new DemoOptions(2_000, 20, 100, 3L, dir.resolve("report.html"));
    HtmlReport.write(CrisisMobilisationDemoTest.run(options).report(), options.html());

    String[] arabic = layout(HtmlReport.arabicPath(options.html()), dir);
    String[] english = layout(options.html(), dir);

    assertThat(arabic[0]).as(Arrays.toString(arabic)).isEqualTo("rtl");
    // The heading's text starts at its box's right edge, far from the left one; and the opposite.
    assertThat(Integer.parseInt(arabic[2])).isBetween(-1, 1);
    assertThat(Integer.parseInt(arabic[1])).isGreaterThan(60);
    assertThat(english[0]).as(Arrays.toString(english)).isEqualTo("ltr");
    assertThat(Integer.parseInt(english[1])).isBetween(-1, 1);
    assertThat(Integer.parseInt(english[2])).isGreaterThan(60);
    assertThat(arabic[3]).isEqualTo(english[3]);
    // The same charts in both, each inside the page.
    assertThat(Integer.parseInt(arabic[4]))
        .isGreaterThan(0)
        .isEqualTo(Integer.parseInt(english[4]));
    assertThat(arabic[5]).isEqualTo(arabic[4]);
    assertThat(english[5]).isEqualTo(english[4]);
  }
}
