package eu.convivio.needs.infrastructure;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.AttachmentLink;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo needs register: districts for Trnava, Bratislava, the Košice Self-Governing Region
 * and Sofia, and two assessment rounds (2024 and 2026) for the three Slovak municipalities with
 * 20–24 needs each. Trnava's, Bratislava's and Košice's 2024 rounds are published; the 2026
 * rounds are not (Bratislava's is the one other cities must never see). Košice's 2026 round has
 * the open needs of severity 4–5 that the strategy module's demo links its measures to. Ids are
 * derived from names, so every demo load produces the same ids.
 */
@ApplicationScoped
public class DemoNeeds {

    private static final Logger LOG = Logger.getLogger(DemoNeeds.class.getName());

    /** A municipality's districts: name and code; the first names match the demo catalogue's service areas. */
    record City(String municipality, String slug, List<String[]> districts, List<String> languages, String lead,
                String partners, double scale) {
    }

    /** A kind of need the demo rounds record, in English (officers write in their own language). */
    record Template(String theme, PopulationGroup group, String description, int severity, int affected, int inNeed,
                    String evidence, String recommendedActions, List<String> languages) {
    }

    static final List<City> CITIES = List.of(
            new City("Trnava", "trnava", List.of(
                    new String[]{"Centrum", "TT-CE"}, new String[]{"Družba", "TT-DR"}, new String[]{"Prednádražie", "TT-PR"},
                    new String[]{"Linčianska", "TT-LI"}, new String[]{"Modranka", "TT-MO"}),
                    List.of("uk", "ru"), "Mesto Trnava – Odbor sociálnych vecí",
                    "Slovenský Červený kríž Trnava; Liga za ľudské práva; Trnavská univerzita", 1.0),
            new City("Bratislava", "bratislava", List.of(
                    new String[]{"Staré Mesto", "BA-SM"}, new String[]{"Petržalka", "BA-PE"}, new String[]{"Ružinov", "BA-RU"},
                    new String[]{"Nové Mesto", "BA-NM"}, new String[]{"Dúbravka", "BA-DU"}),
                    List.of("uk", "ru", "ar"), "Magistrát hlavného mesta SR Bratislavy – Oddelenie sociálnych vecí",
                    "UNHCR Slovensko; Mareena; Človek v ohrození", 3.2),
            new City("Košice Self-Governing Region", "kosice", List.of(
                    new String[]{"Staré Mesto", "KE-SM"}, new String[]{"Západ", "KE-ZA"}, new String[]{"Michalovce", "KE-MI"},
                    new String[]{"Trebišov", "KE-TV"}, new String[]{"Spišská Nová Ves", "KE-SN"}, new String[]{"Rožňava", "KE-RV"}),
                    List.of("uk", "hu", "ru"), "Košický samosprávny kraj – Odbor sociálnych vecí",
                    "Mesto Košice; Slovenská katolícka charita; IOM Slovensko", 1.8),
            new City("Sofia", "sofia", List.of(
                    new String[]{"Оборище", "SF-OB"}, new String[]{"Люлин", "SF-LY"}, new String[]{"Надежда", "SF-NA"},
                    new String[]{"Красна поляна", "SF-KP"}),
                    List.of("ar", "fa", "uk"), "Столична община – Дирекция „Социални дейности“", null, 2.5));

    static final List<Template> TEMPLATES = List.of(
            new Template("housing", PopulationGroup.TEMPORARY_PROTECTION,
                    "Families under temporary protection cannot find rented flats they can afford once the accommodation allowance ends.",
                    4, 420, 260, "Survey of 212 households; waiting list of the municipal housing office",
                    "Rent guarantee scheme with landlords; mediation by the housing office", List.of("uk", "ru")),
            new Template("housing", PopulationGroup.REFUGEES,
                    "Recognised refugees leaving the integration centre stay in hostels for months for lack of flats.",
                    4, 60, 45, "Integration centre records; NGO caseload reports", "Transitional flats in the municipal stock", List.of("ar", "fa")),
            new Template("language-learning", PopulationGroup.ALL_NEWCOMERS,
                    "Evening language courses are full; working adults wait more than a term for a place.",
                    3, 380, 210, "Waiting lists of the language schools", "Two more evening groups; online course with tutoring", List.of("uk", "ar", "en")),
            new Template("language-learning", PopulationGroup.CHILDREN,
                    "Pupils who arrived this year need intensive language support in school besides regular lessons.",
                    4, 190, 150, "School heads' reports", "Language assistants in primary schools", List.of("uk")),
            new Template("employment", PopulationGroup.WOMEN,
                    "Women with care duties cannot take up the jobs offered because shifts do not fit nursery hours.",
                    3, 240, 130, "Focus groups with women under temporary protection", "Part-time placements; nursery places linked to job offers", List.of("uk", "ru")),
            new Template("employment", PopulationGroup.WORKERS,
                    "Qualified workers are employed far below their qualifications because diplomas are not recognised.",
                    3, 300, 170, "Labour office data; employer interviews", "Guidance on recognition of qualifications; fee waiver", List.of("uk", "en")),
            new Template("health", PopulationGroup.OLDER_PEOPLE,
                    "Older people cannot register with a general practitioner; practices in the area are full.",
                    4, 95, 70, "Health insurer data; complaints to the social department", "Agreement with practices on a quota of new patients", List.of("uk", "ru")),
            new Template("mental-health", PopulationGroup.CHILDREN,
                    "Children show signs of war trauma; school psychologists have no capacity for group sessions.",
                    5, 160, 80, "School psychologists' survey", "Trauma-informed group sessions with an NGO psychologist", List.of("uk")),
            new Template("mental-health", PopulationGroup.ASYLUM_SEEKERS,
                    "Asylum seekers waiting for a decision have no access to psychosocial support in their language.",
                    4, 70, 50, "Interviews with reception staff", "Psychosocial counselling with interpreters", List.of("ar", "fa", "ps")),
            new Template("interpretation", PopulationGroup.ALL_NEWCOMERS,
                    "Offices and clinics have no interpreters; appointments fail or rely on children translating.",
                    4, 500, 300, "Provider reports; survey of front-desk staff", "Telephone interpreting pool shared by municipal offices", List.of("uk", "ar", "fa")),
            new Template("legal-counselling", PopulationGroup.TEMPORARY_PROTECTION,
                    "Uncertainty about the extension of temporary protection; people need advice on residence options.",
                    3, 350, 180, "Hotline statistics of the legal aid NGO", "Regular legal advice hours in the community centre", List.of("uk", "ru")),
            new Template("legal-counselling", PopulationGroup.UNACCOMPANIED_MINORS,
                    "Unaccompanied minors turning 18 lose guardianship and need advice on their status and support.",
                    5, 18, 18, "Child protection office records", "Transition plan from 17; legal guardian follow-up", List.of("ar", "ps")),
            new Template("education", PopulationGroup.YOUNG_PEOPLE,
                    "Young people aged 15–18 are not enrolled in secondary school or training.",
                    4, 85, 60, "School enrolment data compared with residence registrations", "Outreach by youth workers; bridging class", List.of("uk", "ar")),
            new Template("family-childcare", PopulationGroup.FAMILY_REUNIFICATION,
                    "Families reunited recently do not find kindergarten places for their children.",
                    3, 75, 40, "Kindergarten waiting lists", "Priority criteria for newly arrived families", List.of("ar", "en")),
            new Template("social-assistance", PopulationGroup.PEOPLE_WITH_DISABILITIES,
                    "People with disabilities do not know which disability allowances they can claim.",
                    4, 40, 30, "Provider reports; consultation workshop", "Information sessions with the labour and social office", List.of("uk", "ru")),
            new Template("information-orientation", PopulationGroup.ALL_NEWCOMERS,
                    "Newcomers do not find the services that exist: information is scattered and only in Slovak.",
                    3, 600, 250, "Survey; consultation workshop with providers", "One-stop information point and multilingual guide", List.of("uk", "ar", "en")),
            new Template("digital-inclusion", PopulationGroup.OLDER_PEOPLE,
                    "Older people cannot use the online booking systems of offices and clinics.",
                    2, 120, 60, "Focus group in the community centre", "Assisted digital help desk", List.of("uk", "ru")),
            new Template("women-children", PopulationGroup.WOMEN,
                    "Women who experienced violence do not reach the shelters and counselling that exist.",
                    5, 45, 30, "Reports of the women's counselling centre", "Outreach with interpreters; shelter places", List.of("uk", "ar", "fa")),
            new Template("anti-discrimination", PopulationGroup.REFUGEES,
                    "Refugees report being refused flats and jobs because of their origin.",
                    3, 110, 55, "Survey; complaints to the equality body", "Awareness work with landlords and employers; reporting point", List.of("ar", "fa")),
            new Template("culture-community", PopulationGroup.YOUNG_PEOPLE,
                    "Young newcomers have few places to meet local young people outside school.",
                    2, 150, 70, "Youth club attendance; focus group", "Joint youth activities in community centres", List.of("uk", "ar")),
            new Template("emergency", PopulationGroup.ASYLUM_SEEKERS,
                    "New arrivals outside office hours have nowhere to stay for the first nights.",
                    5, 30, 30, "Police and NGO reports", "Emergency beds with an on-call social worker", List.of("ar", "fa", "ps")),
            new Template("employment", PopulationGroup.STUDENTS,
                    "International students cannot find part-time work because employers do not know the rules.",
                    2, 90, 35, "University survey", "Employer guidance leaflet; job fair", List.of("en", "uk")),
            new Template("health", PopulationGroup.WOMEN,
                    "Pregnant women under temporary protection miss antenatal checks for lack of information.",
                    4, 55, 40, "Maternity ward data; midwives' reports", "Information in Ukrainian; accompaniment by health mediators", List.of("uk")),
            new Template("housing", PopulationGroup.OLDER_PEOPLE,
                    "Older people in collective accommodation need barrier-free housing.",
                    3, 35, 25, "Accommodation provider reports", "Barrier-free flats in the municipal stock", List.of("uk", "ru")));

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    public DemoNeeds() {
    }

    /** For persistence tests, which run without a container. */
    DemoNeeds(EntityManager em) {
        this.em = em;
    }

    void load(@Observes DemoDataLoading event) {
        Map<String, UUID> municipalities = event.directory().municipalities().stream()
                .collect(Collectors.toMap(MunicipalitySummary::name, MunicipalitySummary::id));
        int needs = 0;
        for (City city : CITIES) {
            UUID municipality = municipalities.get(city.municipality());
            if (municipality == null) {
                continue;
            }
            needs += load(city, municipality);
        }
        em.flush();
        LOG.info("Demo needs register loaded: " + needs + " needs");
    }

    /**
     * Where Trnava's demo districts lie (centre latitude, longitude), for schematic boundaries: a
     * hexagon around each centre, so that the analysis page's district map has shapes to draw.
     * They are not the official boundaries; a city enters its own GeoJSON on the districts page.
     */
    static final java.util.Map<String, double[]> SCHEMATIC_CENTRES = java.util.Map.of(
            "TT-CE", new double[]{48.3775, 17.5880}, "TT-DR", new double[]{48.3760, 17.6080},
            "TT-PR", new double[]{48.3650, 17.5900}, "TT-LI", new double[]{48.3690, 17.5670},
            "TT-MO", new double[]{48.3525, 17.6100});

    /** A GeoJSON hexagon of about 900 m radius around the centre. */
    static String hexagon(double[] centre) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= 6; i++) {
            double angle = Math.toRadians(60 * (i % 6));
            double lat = centre[0] + 0.0080 * Math.sin(angle);
            double lon = centre[1] + 0.0120 * Math.cos(angle);
            ring.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "[%.5f,%.5f]", lon, lat));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    int load(City city, UUID municipalityId) {
        List<District> districts = new ArrayList<>();
        for (String[] d : city.districts()) {
            District district = new District(id("district", city, d[1]), municipalityId, d[0], d[1]);
            if (SCHEMATIC_CENTRES.containsKey(d[1])) {
                district.outline(hexagon(SCHEMATIC_CENTRES.get(d[1])));
            }
            em.persist(district);
            districts.add(district);
        }
        if (city.slug().equals("sofia")) {
            return 0;
        }
        em.flush();
        NeedsAssessment first = round(city, municipalityId, districts, 2024);
        NeedsAssessment second = round(city, municipalityId, districts, 2026);
        em.flush();
        return needs(city, first, districts, 2024) + needs(city, second, districts, 2026);
    }

    private NeedsAssessment round(City city, UUID municipalityId, List<District> districts, int year) {
        boolean first = year == 2024;
        Set<String> groups = new LinkedHashSet<>();
        TEMPLATES.forEach(t -> groups.add(t.group().code()));
        AssessmentContent content = new AssessmentContent(
                (first ? "Needs survey " : "Needs assessment round ") + year + " – " + city.municipality(),
                LocalDate.of(year, first ? 3 : 2, 1), LocalDate.of(year, first ? 6 : 5, first ? 30 : 31),
                first ? AssessmentMethod.SURVEY : AssessmentMethod.CONSULTATION_WORKSHOP,
                districts.stream().map(District::getId).collect(Collectors.toSet()), groups,
                (int) Math.round((first ? 212 : 148) * city.scale()), city.lead(), city.partners(),
                first ? AssessmentStatus.COMPLETED : AssessmentStatus.IN_PROGRESS,
                List.of(new AttachmentLink(first ? "Survey report" : "Workshop minutes",
                        "https://" + city.slug() + ".demo.convivio.eu/needs/" + year + "/report.pdf")),
                first ? "Housing after the end of the accommodation allowance, language courses and interpreting were the "
                        + "needs named most often; mental health of children came out as the most severe."
                        : "Second round with providers and community representatives: housing and interpreting remain, "
                        + "employment of women improved, emergency accommodation and trauma support are now most pressing.");
        NeedsAssessment a = new NeedsAssessment(id("assessment", city, Integer.toString(year)), municipalityId, content);
        if (first) {
            a.publish(LocalDate.of(year, 9, 15).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        em.persist(a);
        return a;
    }

    private int needs(City city, NeedsAssessment round, List<District> districts, int year) {
        boolean first = year == 2024;
        int count = 0;
        int salt = city.slug().length();
        Instant validatedAt = LocalDate.of(year, first ? 7 : 6, 10).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < TEMPLATES.size(); i++) {
            Template t = TEMPLATES.get(i);
            // each city leaves out a different few kinds of need, so that the rounds are not copies
            if ((i + salt) % 7 == 0 && !(city.slug().equals("kosice") && t.severity() >= 4)) {
                continue;
            }
            if (first && i >= 20) {
                continue; // needs that only the second round found
            }
            District district = (i + salt) % 6 == 5 ? null : districts.get((i + salt) % districts.size());
            int severity = Math.max(1, Math.min(5, t.severity() + (first ? 0 : ((i + salt) % 3) - 1)));
            if (city.slug().equals("kosice") && !first && t.severity() >= 4) {
                severity = Math.max(severity, 4);
            }
            double factor = city.scale() * (first ? 1.0 : 0.8 + ((i * 7 + salt) % 5) / 10.0);
            int affected = (int) Math.round(t.affected() * factor);
            int inNeed = Math.min(affected, (int) Math.round(t.inNeed() * factor));
            Need need = new Need(id("need", city, year + ":" + i), round, new NeedContent(t.theme(),
                    district == null ? null : district.getId(), t.group(), t.description(), severity, affected, inNeed,
                    t.evidence(), first ? "Needs survey " + year : "Consultation workshops " + year,
                    t.languages(), t.recommendedActions()));
            String officer = city.slug() + ".officer";
            if (first) {
                need.validate(officer, validatedAt);
                if (i % 4 == 1) {
                    need.moveTo(NeedStatus.ADDRESSED, officer, validatedAt);
                } else if (i % 4 == 2 && t.severity() < 4) {
                    need.moveTo(NeedStatus.CLOSED, officer, validatedAt);
                }
            } else if (i % 3 != 2) {
                need.validate(officer, validatedAt);
            }
            em.persist(need);
            count++;
        }
        return count;
    }

    static UUID id(String kind, City city, String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:needs:" + kind + ":" + city.slug() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
