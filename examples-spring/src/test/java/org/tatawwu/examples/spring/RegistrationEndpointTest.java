package org.tatawwu.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: the endpoint answers in Arabic or English by Accept-Language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationEndpointTest {
  @LocalServerPort int port;

  static final String BAD =
      "{\"nationalId\":\"1234567893\",\"nameArabic\":\"ســـ\",\"nameEnglish\":\"Sara\\u202e\",\"mobile\":\"0521234567\","
          + "\"birthDateHijri\":\"1410-01-01\",\"gender\":\"FEMALE\",\"region\":\"SA-01\",\"fieldsOfInterest\":[],"
          + "\"charterAccepted\":true,\"guardianCharterSigned\":false}";
  static final String GOOD =
      "{\"nationalId\":\"1234567897\",\"nameArabic\":\"سارة\",\"nameEnglish\":\"Sara\",\"mobile\":\"0501234567\","
          + "\"birthDateHijri\":\"1410-01-01\",\"gender\":\"FEMALE\",\"region\":\"SA-01\",\"fieldsOfInterest\":[\"HEALTH\"],"
          + "\"charterAccepted\":true,\"guardianCharterSigned\":false}";

  HttpResponse<String> post(String body, String language) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/registrations"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void answers_every_problem_in_arabic() throws Exception {
    HttpResponse<String> r = post(BAD, "ar-SA,ar;q=0.9");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("رقم التحقق غير مطابق: يُرجى مراجعة الرقم")
        .contains("هذا الرقم ليس ضمن نطاقات الجوال السعودية")
        .contains("يجب ألا يحتوي على رموز خفية للتحكم في اتجاه النص")
        .doesNotContain("1234567893")
        .doesNotContain("0521234567");
  }

  @Test
  void answers_in_english_by_default_and_for_english() throws Exception {
    HttpResponse<String> r = post(BAD, "en-GB");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("the check digit does not match: please check the number")
        .contains("must not contain hidden text-direction characters");
    assertThat(post(BAD, "fr").body()).contains("the check digit does not match");
  }

  @Test
  void accepts_a_valid_registration() throws Exception {
    HttpResponse<String> r = post(GOOD, "ar");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).contains("\"status\":\"REGISTERED\"").doesNotContain("1234567897");
  }
}
