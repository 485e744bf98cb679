package org.tatawwu.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.organization.SupervisingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingId;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Seeded, reproducible synthetic data for the demo: registrations with Arabic and English names,
 * Luhn-valid national IDs and Saudi mobiles across the 13 regions, supervising and participating
 * entities. All personal data is invented.
 */
public final class DemoData {
  /** A region's main city, its centre and its share of the population (per mille). */
  record RegionInfo(Region region, City city, GeoPoint centre, int weight) {}

  static final List<RegionInfo> REGIONS =
      List.of(
          info(Region.RIYADH, "الرياض", "Riyadh", 24.71, 46.68, 260),
          info(Region.MAKKAH, "جدة", "Jeddah", 21.49, 39.19, 255),
          info(Region.MADINAH, "المدينة المنورة", "Madinah", 24.47, 39.61, 68),
          info(Region.EASTERN_PROVINCE, "الدمام", "Dammam", 26.43, 50.10, 160),
          info(Region.AL_QASSIM, "بريدة", "Buraydah", 26.33, 43.97, 45),
          info(Region.HAIL, "حائل", "Ha'il", 27.52, 41.69, 23),
          info(Region.TABUK, "تبوك", "Tabuk", 28.38, 36.57, 28),
          info(Region.NORTHERN_BORDERS, "عرعر", "Arar", 30.98, 41.04, 12),
          info(Region.JAZAN, "جازان", "Jazan", 16.89, 42.55, 50),
          info(Region.NAJRAN, "نجران", "Najran", 17.49, 44.13, 19),
          info(Region.AL_BAHAH, "الباحة", "Al-Bahah", 20.01, 41.47, 10),
          info(Region.AL_JAWF, "سكاكا", "Sakaka", 29.97, 40.21, 17),
          info(Region.ASIR, "أبها", "Abha", 18.22, 42.51, 63));

  private static final String[][] MALE = {
    {"محمد", "Mohammed"}, {"عبدالله", "Abdullah"}, {"فهد", "Fahad"}, {"خالد", "Khalid"},
    {"سلطان", "Sultan"}, {"عبدالرحمن", "Abdulrahman"}, {"فيصل", "Faisal"}, {"سعود", "Saud"},
    {"تركي", "Turki"}, {"ناصر", "Nasser"}, {"عمر", "Omar"}, {"يوسف", "Yousef"},
    {"إبراهيم", "Ibrahim"}, {"ماجد", "Majed"}, {"بندر", "Bandar"}, {"حمد", "Hamad"}
  };
  private static final String[][] FEMALE = {
    {"نورة", "Noura"}, {"سارة", "Sarah"}, {"فاطمة", "Fatimah"}, {"ريم", "Reem"},
    {"هند", "Hind"}, {"لمى", "Lama"}, {"منيرة", "Munira"}, {"أمل", "Amal"},
    {"جواهر", "Jawaher"}, {"العنود", "Alanoud"}, {"مها", "Maha"}, {"دانة", "Dana"},
    {"رغد", "Raghad"}, {"شهد", "Shahad"}, {"أسماء", "Asma"}, {"هيفاء", "Haifa"}
  };
  private static final String[][] FAMILY = {
    {"العتيبي", "Al-Otaibi"},
    {"القحطاني", "Al-Qahtani"},
    {"الغامدي", "Al-Ghamdi"},
    {"الزهراني", "Al-Zahrani"},
    {"الشمري", "Al-Shammari"},
    {"الدوسري", "Al-Dosari"},
    {"الحربي", "Al-Harbi"},
    {"المطيري", "Al-Mutairi"},
    {"العنزي", "Al-Anazi"},
    {"السبيعي", "Al-Subaie"},
    {"الشهري", "Al-Shahri"},
    {"البلوي", "Al-Balawi"},
    {"الرشيدي", "Al-Rashidi"},
    {"اليامي", "Al-Yami"},
    {"الأحمدي", "Al-Ahmadi"},
    {"العمري", "Al-Omari"}
  };
  private static final String[] NATIONALITIES = {"EG", "IN", "PK", "SD", "JO", "YE", "PH", "SY"};
  private static final char[] MOBILE_SECOND_DIGIT = {'0', '3', '4', '5', '6', '8', '9'};

  private static final String[][] SUPERVISORS = {
    {
      "وزارة الموارد البشرية والتنمية الاجتماعية",
      "Ministry of Human Resources and Social Development"
    },
    {"وزارة الصحة", "Ministry of Health"},
    {"وزارة التعليم", "Ministry of Education"},
    {"وزارة البيئة والمياه والزراعة", "Ministry of Environment, Water and Agriculture"},
    {"وزارة الحج والعمرة", "Ministry of Hajj and Umrah"},
    {"المديرية العامة للدفاع المدني", "General Directorate of Civil Defense"},
    {"هيئة الهلال الأحمر السعودي", "Saudi Red Crescent Authority"},
    {"وزارة الثقافة", "Ministry of Culture"},
    {"وزارة الرياضة", "Ministry of Sport"},
    {"وزارة الشؤون البلدية والقروية والإسكان", "Ministry of Municipal, Rural Affairs and Housing"}
  };

  private final SplittableRandom random;
  private final FieldCatalogue catalogue = FieldCatalogue.DEFAULT;

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same data
   */
  public DemoData(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private static RegionInfo info(
      Region r, String cityAr, String cityEn, double lat, double lon, int weight) {
    return new RegionInfo(r, City.of(cityAr, cityEn, r), GeoPoint.of(lat, lon), weight);
  }

  /**
   * Draws a region by population weight.
   *
   * @return the region's information
   */
  RegionInfo region() {
    int total = REGIONS.stream().mapToInt(RegionInfo::weight).sum();
    int x = random.nextInt(total);
    for (RegionInfo r : REGIONS) {
      x -= r.weight();
      if (x < 0) {
        return r;
      }
    }
    return REGIONS.get(0);
  }

  /**
   * Makes a Luhn-valid national ID or Iqama number.
   *
   * @param citizen true for a citizen (first digit 1), false for a resident (2)
   * @return the 10 digits
   */
  String nationalId(boolean citizen) {
    StringBuilder b = new StringBuilder(citizen ? "1" : "2");
    for (int i = 0; i < 8; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    for (int d = 0; d <= 9; d++) {
      String candidate = b.toString() + d;
      if (org.tatawwu.volunteer.NationalIdChecksum.LUHN.isValid(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Luhn digit");
  }

  /**
   * Makes a Saudi mobile number in the national form {@code 05XXXXXXXX}.
   *
   * @return the number
   */
  String mobile() {
    StringBuilder b = new StringBuilder("05");
    b.append(MOBILE_SECOND_DIGIT[random.nextInt(MOBILE_SECOND_DIGIT.length)]);
    for (int i = 0; i < 7; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * Makes a valid registration of an adult.
   *
   * @return the registration
   */
  VolunteerRegistration registration() {
    boolean female = random.nextBoolean();
    String[] first = (female ? FEMALE : MALE)[random.nextInt(16)];
    String[] family = FAMILY[random.nextInt(FAMILY.length)];
    boolean citizen = random.nextInt(100) < 85;
    RegionInfo region = region();
    List<String> fields = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Field f = catalogue.fields().get(random.nextInt(catalogue.fields().size()));
      if (!fields.contains(f.code().value())) {
        fields.add(f.code().value());
      }
    }
    String hijri =
        String.format(
            java.util.Locale.ROOT,
            "%d-%02d-%02d",
            1380 + random.nextInt(46),
            1 + random.nextInt(12),
            1 + random.nextInt(29));
    return VolunteerRegistration.builder()
        .nationalId(nationalId(citizen))
        .nameArabic(first[0] + " " + family[0])
        .nameEnglish(first[1] + " " + family[1])
        .mobile(mobile())
        .birthDateHijri(hijri)
        .gender(female ? Gender.FEMALE : Gender.MALE)
        .nationality(citizen ? null : NATIONALITIES[random.nextInt(NATIONALITIES.length)])
        .region(region.region().code())
        .fieldsOfInterest(fields)
        .charterAccepted(true)
        .guardianCharterSigned(false)
        .build();
  }

  /**
   * Makes the supervising entities (government bodies).
   *
   * @return the entities
   */
  List<SupervisingEntity> supervisingEntities() {
    List<SupervisingEntity> out = new ArrayList<>();
    for (int i = 0; i < SUPERVISORS.length; i++) {
      out.add(
          new SupervisingEntity(
              EntityId.of("SUP-" + (i + 1)),
              BilingualText.of(SUPERVISORS[i][0], SUPERVISORS[i][1])));
    }
    return out;
  }

  /**
   * Makes participating entities under the supervising entities; about 3% have an expired
   * accreditation on {@code today}.
   *
   * @param count how many
   * @param supervisors the supervising entities, not empty
   * @param today the demo's day
   * @return the entities
   */
  List<ParticipatingEntity> participatingEntities(
      int count, List<SupervisingEntity> supervisors, LocalDate today) {
    List<ParticipatingEntity> out = new ArrayList<>(count);
    EntityType[] types = EntityType.values();
    for (int i = 0; i < count; i++) {
      RegionInfo region = region();
      EntityType type = types[random.nextInt(types.length)];
      boolean expired = random.nextInt(100) < 3;
      LocalDate from = today.minusYears(1 + random.nextInt(3));
      LocalDate until = expired ? today.minusDays(1 + random.nextInt(60)) : today.plusYears(1);
      String nameAr = "جمعية " + region.city().name().arabic() + " للخدمات التطوعية " + (i + 1);
      String nameEn = region.city().name().english() + " Volunteer Services " + (i + 1);
      out.add(
          ParticipatingEntity.builder()
              .id(EntityId.of(String.format(java.util.Locale.ROOT, "E-%04d", i + 1)))
              .name(BilingualText.of(nameAr, nameEn))
              .type(type)
              .licenceNumber("L-" + (700_000 + i))
              .supervisingEntity(supervisors.get(random.nextInt(supervisors.size())).id())
              .region(region.region())
              .accreditation(new Accreditation("ACC-" + (i + 1), DateRange.of(from, until)))
              .build());
    }
    return out;
  }

  /**
   * Makes published opportunities of the crisis response, each with two to four shifts between
   * {@code first} and {@code last} (in Asia/Riyadh); about one in six is remote, one in five asks
   * for a training, one in eight admits minors.
   *
   * @param count how many
   * @param entities the entities offering them
   * @param first the first day of the response
   * @param last the last day
   * @return the opportunities
   */
  List<Opportunity> opportunities(
      int count, List<ParticipatingEntity> entities, LocalDate first, LocalDate last) {
    List<Opportunity> out = new ArrayList<>(count);
    List<Field> fields = catalogue.fields();
    int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    for (int i = 0; i < count; i++) {
      ParticipatingEntity e = entities.get(random.nextInt(entities.size()));
      Field field = fields.get(random.nextInt(fields.size()));
      Field sub = field.subFields().get(random.nextInt(field.subFields().size()));
      RegionInfo region =
          REGIONS.stream().filter(r -> r.region() == e.region()).findFirst().orElseThrow();
      boolean remote = random.nextInt(6) == 0;
      Requirements req = Requirements.NONE.withMinimumAge(random.nextInt(4) == 0 ? 21 : 18);
      if (random.nextInt(8) == 0) {
        req = Requirements.NONE.withMinimumAge(15).withMinorsAllowed(true);
      }
      if (random.nextInt(5) == 0) {
        req = req.withTraining(FIRST_AID);
      }
      Opportunity.Builder b =
          Opportunity.builder()
              .number(
                  OpportunityNumber.parse(String.format(java.util.Locale.ROOT, "2026%07d", i + 1)))
              .title(
                  BilingualText.of(
                      sub.name().arabic() + " — استجابة السيول",
                      sub.name().english() + " — flood response"))
              .description(
                  BilingualText.of(
                      sub.name().arabic() + " — استجابة السيول",
                      sub.name().english() + " — flood response"))
              .entity(e.id())
              .field(field.code())
              .subField(sub.code())
              .location(
                  remote ? Location.remote() : Location.onSite(region.city(), region.centre()))
              .period(DateRange.of(first, last))
              .requirements(req)
              .expectedHours(java.time.Duration.ofHours(4))
              .skillsBased(
                  field.code().value().equals("IT") || field.code().value().equals("HEALTH"))
              .nonProfitWork(true)
              .status(OpportunityStatus.PUBLISHED);
      int shifts = 2 + random.nextInt(3);
      for (int s = 0; s < shifts; s++) {
        LocalDate day = first.plusDays(random.nextInt(days));
        int hour = 6 + random.nextInt(12);
        java.time.Instant start =
            day.atTime(hour, 0).atZone(CrisisMobilisationDemo.RIYADH).toInstant();
        b.addShift(
            new Shift(
                ShiftId.of("O" + (i + 1) + "-S" + (s + 1)),
                TimeRange.of(start, start.plus(java.time.Duration.ofHours(3 + random.nextInt(4)))),
                5 + random.nextInt(26)));
      }
      out.add(b.build());
    }
    return out;
  }

  static final TrainingId FIRST_AID = TrainingId.of("first-aid");

  /**
   * Returns the generator's random source, for the demo's own draws.
   *
   * @return the random source
   */
  SplittableRandom random() {
    return random;
  }
}
