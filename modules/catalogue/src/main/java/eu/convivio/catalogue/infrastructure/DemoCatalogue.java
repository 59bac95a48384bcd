package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.application.ThemeCatalogue;
import eu.convivio.catalogue.domain.Address;
import eu.convivio.catalogue.domain.Attribute;
import eu.convivio.catalogue.domain.CostOption;
import eu.convivio.catalogue.domain.Language;
import eu.convivio.catalogue.domain.Location;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Phone;
import eu.convivio.catalogue.domain.Schedule;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.ServiceArea;
import eu.convivio.catalogue.domain.ServiceAtLocation;
import eu.convivio.catalogue.domain.ServiceEligibility;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.catalogue.infrastructure.DemoServiceTemplates.Template;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo catalogue: for every demo city five organisations (the municipality, a legal-aid NGO,
 * a health centre, a language school, a relief organisation), each offering the kinds of service
 * of {@link DemoServiceTemplates} in the city's language with an English translation. Ids are
 * derived from names, so every demo load produces the same ids.
 */
@ApplicationScoped
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    /** The platform created this organisation with its provider editor; the catalogue row shares its id. */
    public static final UUID LEGAL_AID_SOFIA = UUID.fromString("5b0c1f3e-6d0a-4c59-9a8e-2f1d7c3b9a01");

    record Org(String kind, String name, String english, List<String> services) {
    }

    record City(String municipality, String language, String country, String cityName, double latitude,
                double longitude, String phonePrefix, String currency, List<String> languages,
                List<String> districts, List<String> streets, String postalCode, List<Org> organisations) {
    }

    private static final List<String> MUNICIPAL = List.of("orientation", "social", "housing", "interpreting");
    private static final List<String> LEGAL = List.of("legal", "residence", "reunification");
    private static final List<String> HEALTH = List.of("doctor", "psychosocial");
    private static final List<String> SCHOOL = List.of("course", "conversation", "digital");
    private static final List<String> RELIEF = List.of("shelter", "community", "homework", "jobs");

    private static List<Org> orgs(String municipal, String municipalEn, String legal, String legalEn, String health,
                                  String healthEn, String school, String schoolEn, String relief, String reliefEn) {
        return List.of(new Org("municipal", municipal, municipalEn, MUNICIPAL), new Org("legal", legal, legalEn, LEGAL),
                new Org("health", health, healthEn, HEALTH), new Org("school", school, schoolEn, SCHOOL),
                new Org("relief", relief, reliefEn, RELIEF));
    }

    static final List<City> CITIES = List.of(
            new City("Sofia", "bg", "BG", "София", 42.6977, 23.3219, "+359 2", "BGN", List.of("bg", "en", "ar", "fa"),
                    List.of("Оборище", "Люлин", "Надежда"), List.of("ул. „Пиротска“", "бул. „Васил Левски“", "ул. „Граф Игнатиев“", "бул. „Витоша“"), "1000",
                    orgs("Столична община – Дирекция „Социални дейности“", "Sofia Municipality – Social Affairs Directorate",
                            "Правна помощ за бежанци София", "Legal Aid for Refugees Sofia",
                            "Диагностично-консултативен център „Възраждане“", "Vazrazhdane Diagnostic and Consultation Centre",
                            "Езиков център „Св. св. Кирил и Методий“", "Saints Cyril and Methodius Language Centre",
                            "Български Червен кръст – София", "Bulgarian Red Cross – Sofia")),
            new City("Harmanli", "bg", "BG", "Харманли", 41.9333, 25.9000, "+359 373", "BGN", List.of("bg", "ar", "fa", "ps"),
                    List.of("Център", "Изток"), List.of("ул. „Васил Левски“", "бул. „България“", "ул. „Христо Ботев“"), "6450",
                    orgs("Община Харманли – Социални услуги", "Harmanli Municipality – Social Services",
                            "Фондация „Достъп до права“ – Харманли", "Access to Rights Foundation – Harmanli",
                            "МБАЛ – Харманли", "Harmanli Multi-Profile Hospital",
                            "Читалище „Нов живот – 1884“", "New Life 1884 Community Centre",
                            "Каритас – Харманли", "Caritas Harmanli")),
            new City("Athens", "el", "GR", "Αθήνα", 37.9838, 23.7275, "+30 210", "EUR", List.of("el", "en", "ar", "fa", "fr"),
                    List.of("Κυψέλη", "Πατήσια", "Κολωνός"), List.of("Οδός Αχαρνών", "Οδός Πατησίων", "Οδός Σωκράτους", "Λεωφόρος Αλεξάνδρας"), "104 38",
                    orgs("Δήμος Αθηναίων – Κέντρο Υποδοχής και Αλληλεγγύης", "City of Athens – Reception and Solidarity Centre",
                            "Ελληνικό Συμβούλιο για τους Πρόσφυγες – Αθήνα", "Greek Council for Refugees – Athens",
                            "Κέντρο Υγείας Αθηνών", "Athens Health Centre",
                            "Κέντρο Ελληνικής Γλώσσας Αθήνας", "Athens Greek Language Centre",
                            "Ελληνικός Ερυθρός Σταυρός – Αθήνα", "Hellenic Red Cross – Athens")),
            new City("Thessaloniki", "el", "GR", "Θεσσαλονίκη", 40.6401, 22.9444, "+30 2310", "EUR", List.of("el", "en", "ar", "ku"),
                    List.of("Κέντρο", "Τούμπα", "Ξηροκρήνη"), List.of("Οδός Εγνατίας", "Οδός Τσιμισκή", "Οδός Λαγκαδά"), "546 30",
                    orgs("Δήμος Θεσσαλονίκης – Διεύθυνση Κοινωνικής Πολιτικής", "Municipality of Thessaloniki – Social Policy Directorate",
                            "ARSIS – Κοινωνική Οργάνωση Υποστήριξης Νέων", "ARSIS – Association for the Social Support of Youth",
                            "Κέντρο Υγείας Τούμπας", "Toumba Health Centre",
                            "Κέντρο Ελληνικής Γλώσσας Θεσσαλονίκης", "Thessaloniki Greek Language Centre",
                            "Ελληνικός Ερυθρός Σταυρός – Θεσσαλονίκη", "Hellenic Red Cross – Thessaloniki")),
            new City("Bratislava", "sk", "SK", "Bratislava", 48.1486, 17.1077, "+421 2", "EUR", List.of("sk", "en", "uk", "ru"),
                    List.of("Staré Mesto", "Petržalka", "Ružinov"), List.of("Obchodná", "Šancová", "Mlynské nivy", "Ružinovská"), "811 01",
                    orgs("Magistrát hlavného mesta Bratislavy – Oddelenie sociálnych vecí", "Bratislava City Hall – Social Affairs Department",
                            "Liga za ľudské práva", "Human Rights League",
                            "Poliklinika Ružinov", "Ružinov Polyclinic",
                            "Jazyková škola Bratislava – slovenčina pre cudzincov", "Bratislava Language School – Slovak for Foreigners",
                            "Slovenský Červený kríž – Bratislava", "Slovak Red Cross – Bratislava")),
            new City("Trnava", "sk", "SK", "Trnava", 48.3774, 17.5883, "+421 33", "EUR", List.of("sk", "en", "uk"),
                    List.of("Centrum", "Družba"), List.of("Hlavná", "Štefánikova", "Hospodárska"), "917 01",
                    orgs("Mesto Trnava – Odbor sociálnych vecí", "City of Trnava – Social Affairs Department",
                            "Centrum pre migrantov Trnava", "Trnava Migrant Centre",
                            "Fakultná nemocnica Trnava", "Trnava University Hospital",
                            "Jazykové centrum Trnava", "Trnava Language Centre",
                            "Slovenská katolícka charita – Trnava", "Slovak Catholic Charity – Trnava")),
            new City("Banská Bystrica", "sk", "SK", "Banská Bystrica", 48.7363, 19.1462, "+421 48", "EUR", List.of("sk", "en", "uk"),
                    List.of("Centrum", "Sásová"), List.of("Námestie SNP", "Horná", "Tajovského"), "974 01",
                    orgs("Mesto Banská Bystrica – Odbor sociálnych vecí", "City of Banská Bystrica – Social Affairs Department",
                            "Centrum pre migrantov Banská Bystrica", "Banská Bystrica Migrant Centre",
                            "Fakultná nemocnica F. D. Roosevelta", "F. D. Roosevelt University Hospital",
                            "Jazyková škola Banská Bystrica", "Banská Bystrica Language School",
                            "Slovenský Červený kríž – Banská Bystrica", "Slovak Red Cross – Banská Bystrica")),
            new City("Košice Self-Governing Region", "sk", "SK", "Košice", 48.7164, 21.2611, "+421 55", "EUR", List.of("sk", "en", "uk", "hu"),
                    List.of("Staré Mesto", "Západ", "Michalovce"), List.of("Hlavná", "Námestie Maratónu mieru", "Moyzesova"), "040 01",
                    orgs("Košický samosprávny kraj – Odbor sociálnych vecí", "Košice Self-Governing Region – Social Affairs Department",
                            "Liga za ľudské práva – Košice", "Human Rights League – Košice",
                            "Univerzitná nemocnica L. Pasteura Košice", "L. Pasteur University Hospital Košice",
                            "Jazyková škola Košice", "Košice Language School",
                            "Slovenský Červený kríž – Košice", "Slovak Red Cross – Košice")),
            new City("Plymouth", "en", "GB", "Plymouth", 50.3755, -4.1427, "+44 1752", "GBP", List.of("en", "ar", "ku", "fa"),
                    List.of("City Centre", "Devonport", "Stonehouse"), List.of("Armada Way", "Union Street", "Mayflower Street", "Fore Street"), "PL1 2AA",
                    orgs("Plymouth City Council – Community Connections", "Plymouth City Council – Community Connections",
                            "Devon and Cornwall Refugee Support", "Devon and Cornwall Refugee Support",
                            "Plymouth Community Health Centre", "Plymouth Community Health Centre",
                            "Plymouth ESOL Centre", "Plymouth ESOL Centre",
                            "British Red Cross – Plymouth", "British Red Cross – Plymouth")),
            new City("Çanakkale", "tr", "TR", "Çanakkale", 40.1553, 26.4142, "+90 286", "TRY", List.of("tr", "ar", "fa", "en"),
                    List.of("Merkez", "Kepez"), List.of("Atatürk Caddesi", "Cumhuriyet Meydanı", "İnönü Caddesi"), "17100",
                    orgs("Çanakkale Belediyesi – Sosyal Hizmetler Müdürlüğü", "Çanakkale Municipality – Social Services Directorate",
                            "Mülteciler Derneği – Çanakkale", "Refugees Association – Çanakkale",
                            "Çanakkale Göçmen Sağlığı Merkezi", "Çanakkale Migrant Health Centre",
                            "Çanakkale Halk Eğitim Merkezi", "Çanakkale Public Education Centre",
                            "Türk Kızılay – Çanakkale", "Turkish Red Crescent – Çanakkale")));

    private static final Map<String, String> FREE = Map.of("en", "Free of charge", "bg", "Безплатно", "el", "Δωρεάν",
            "sk", "Bezplatne", "tr", "Ücretsiz");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("bg", "Bulgarian", "el", "Greek", "sk", "Slovak",
            "tr", "Turkish", "en", "English", "ar", "Arabic", "fa", "Persian", "ps", "Pashto", "ku", "Kurdish");

    /** In English: organisation descriptions are not what a newcomer searches, names are (translated). */
    private static final Map<String, String> KIND_DESCRIPTIONS = Map.of(
            "municipal", "The municipality's social services for all residents, newcomers included, in",
            "legal", "Lawyers and counsellors giving free legal help to asylum seekers and refugees in",
            "health", "Public health care with health mediators for patients who do not speak the local language, in",
            "school", "Language and digital-skills courses for adults who settle in",
            "relief", "Humanitarian relief, shelter and community activities for people in need in");

    @PersistenceContext
    private EntityManager em;

    /** For CDI. */
    public DemoCatalogue() {
    }

    /** For persistence tests, which run without a container. */
    DemoCatalogue(EntityManager em) {
        this.em = em;
    }

    void load(@Observes DemoDataLoading event) {
        Map<String, UUID> municipalities = event.directory().municipalities().stream()
                .collect(Collectors.toMap(MunicipalitySummary::name, MunicipalitySummary::id));
        Map<String, UUID> themes = ThemeCatalogue.themes(em).stream().collect(Collectors.toMap(Theme::code, Theme::id));
        int services = 0;
        for (City city : CITIES) {
            services += load(city, municipalities.get(city.municipality()), themes);
        }
        em.flush();
        LOG.info("Demo catalogue loaded: " + services + " services in " + CITIES.size() + " cities");
    }

    private int load(City city, UUID municipalityId, Map<String, UUID> themes) {
        int count = 0;
        int n = 0;
        for (Org o : city.organisations()) {
            UUID orgId = o.kind().equals("legal") && city.municipality().equals("Sofia") ? LEGAL_AID_SOFIA : id("org", city, o.name());
            Organization org = new Organization(orgId, o.name(), KIND_DESCRIPTIONS.get(o.kind()) + " " + city.municipality() + ".")
                    .setEmail("info@" + slug(o.english()) + ".demo.convivio.eu")
                    .setWebsite("https://" + slug(o.english()) + ".demo.convivio.eu")
                    .setLegalStatus(o.kind().equals("municipal") ? "public authority" : o.kind().equals("health") ? "public health institution" : "non-profit association");
            em.persist(org);
            translate("organization", orgId, "name", city, o.name(), o.english());
            for (String key : o.services()) {
                Template t = DemoServiceTemplates.byKey(key);
                List<String> places = t.perDistrict() ? city.districts() : List.of("");
                for (String district : places) {
                    persistService(city, municipalityId, themes, orgId, t, district, n++);
                    count++;
                }
            }
        }
        return count;
    }

    private void persistService(City city, UUID municipalityId, Map<String, UUID> themes, UUID orgId, Template t,
                                String district, int n) {
        String language = city.language();
        String name = t.names().get(language) + (district.isEmpty() ? "" : " – " + district);
        UUID serviceId = id("service", city, orgId + name);
        Service s = new Service(serviceId, orgId, name, language, "active")
                .setDescription(t.descriptions().get(language))
                .setFeesDescription(FREE.get(language))
                .setMinimumAge(t.minimumAge()).setMaximumAge(t.maximumAge())
                .setAssuredDate(LocalDate.of(2026, 1 + n % 10, 1 + n % 27))
                .setAssurerEmail("catalogue@demo.convivio.eu");
        boolean paid = t.key().equals("course") && List.of("SK", "TR").contains(city.country());
        if (paid) {
            s.setFeesDescription(null);
            em.persist(new CostOption(id("cost", city, name), serviceId).setOption("per module of 40 lessons")
                    .setAmount(city.country().equals("TR") ? new BigDecimal("600.00") : new BigDecimal("60.00"))
                    .setCurrency(city.currency()).setAmountDescription("Waived for holders of temporary protection"));
        }
        em.persist(s);
        if (!language.equals("en")) {
            translate("service", serviceId, "name", city, name, t.names().get("en") + (district.isEmpty() ? "" : " – " + district));
            translate("service", serviceId, "description", city, t.descriptions().get(language), t.descriptions().get("en"));
            if (!paid) {
                translate("service", serviceId, "fees_description", city, FREE.get(language), FREE.get("en"));
            }
        }
        UUID locationId = id("location", city, name);
        double dLat = ((n * 37) % 41 - 20) / 1000.0;
        double dLon = ((n * 53) % 43 - 21) / 1000.0;
        Location location = new Location(locationId, "physical", t.confidential())
                .setOrganizationId(orgId)
                .setName(t.confidential() ? null : (district.isEmpty() ? city.cityName() : district))
                .setLatitude(BigDecimal.valueOf(city.latitude() + dLat).setScale(6, RoundingMode.HALF_UP))
                .setLongitude(BigDecimal.valueOf(city.longitude() + dLon).setScale(6, RoundingMode.HALF_UP));
        em.persist(location);
        em.persist(new Address(id("address", city, name), locationId,
                city.streets().get(n % city.streets().size()) + " " + (3 + n * 7 % 90), city.cityName(), city.country(), "physical")
                .setPostalCode(city.postalCode()));
        UUID salId = id("sal", city, name);
        em.persist(new ServiceAtLocation(salId, serviceId, locationId));
        em.persist(new Schedule(id("schedule", city, name)).setServiceAtLocationId(salId).setFreq("WEEKLY")
                .setByday(t.days()).setOpensAt(LocalTime.parse(t.opens())).setClosesAt(LocalTime.parse(t.closes())));
        em.persist(new Phone(id("phone", city, name), city.phonePrefix() + " " + (100000 + (n * 7919) % 900000))
                .setServiceId(serviceId).setType("voice"));
        for (String code : city.languages()) {
            em.persist(new Language(id("language", city, name + code), code).setServiceId(serviceId)
                    .setName(LANGUAGE_NAMES.get(code)));
        }
        em.persist(new ServiceArea(id("area", city, name), serviceId, city.municipality()).setMunicipalityId(municipalityId));
        for (String theme : t.themes()) {
            em.persist(new Attribute(id("attribute", city, name + theme), serviceId, "service", themes.get(theme)));
        }
        for (String status : t.statuses()) {
            em.persist(new ServiceEligibility(id("eligibility", city, name + status), serviceId).setResidenceStatus(status));
        }
        if (t.gender() != null) {
            em.persist(new ServiceEligibility(id("eligibility", city, name + t.gender()), serviceId).setGender(t.gender()));
        }
    }

    private void translate(String type, UUID id, String field, City city, String original, String english) {
        if (!city.language().equals("en") && english != null && !english.equals(original)) {
            em.persist(new Translation(id("translation", city, type + id + field), type, id, field, "en", english, true));
        }
    }

    private static UUID id(String kind, City city, String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:" + kind + ":" + city.municipality() + ":" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
