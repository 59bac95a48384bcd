package eu.convivio.strategy.infrastructure;

import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyContentCopy;
import eu.convivio.strategy.domain.StrategyTemplate;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo strategies: the Košice self-governing region's integration strategy, with version 1
 * adopted by the regional assembly and a revision (version 2) in public consultation now, and
 * Thessaloniki's adopted strategy in Greek. Illustrative texts, not the real documents. Dates
 * are relative to the day the demo is loaded, so that the consultation is always open; ids and
 * lineages derive from names, so every load produces the same ones.
 */
@ApplicationScoped
public class DemoStrategies {

    private static final Logger LOG = Logger.getLogger(DemoStrategies.class.getName());

    public static final UUID KOSICE_STRATEGY = id("kosice");
    public static final UUID KOSICE_V1 = id("kosice:v1");
    public static final UUID KOSICE_V2 = id("kosice:v2");
    public static final UUID THESSALONIKI_STRATEGY = id("thessaloniki");
    public static final String KOSICE_TITLE = "Integration strategy of the Košice self-governing region";

    @PersistenceContext
    private EntityManager em;

    void load(@Observes DemoDataLoading event) {
        load(em, event.directory(), LocalDate.now());
        LOG.info("Demo strategies loaded: Košice region (v1 adopted, v2 in consultation), Thessaloniki (adopted).");
    }

    static void load(EntityManager em, Directory directory, LocalDate today) {
        kosice(em, directory, municipality(directory, "Košice Self-Governing Region"), today);
        thessaloniki(em, municipality(directory, "Thessaloniki"), today);
    }

    private static UUID municipality(Directory directory, String name) {
        return directory.municipalities().stream().filter(m -> m.name().equals(name)).map(MunicipalitySummary::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo municipality " + name + " is missing"));
    }

    private static void kosice(EntityManager em, Directory directory, UUID region, LocalDate today) {
        UUID social = department(directory, region, "Social services");
        UUID education = department(directory, region, "Education");
        UUID front = department(directory, region, "Citizen services and front office");
        int year = today.minusDays(330).getYear();
        Strategy s = new Strategy(KOSICE_STRATEGY, region, KOSICE_TITLE, "sk",
                LocalDate.of(year, 1, 1), LocalDate.of(year + 5, 12, 31));
        s.startedFromTemplate(StrategyTemplate.OECD_CHECKLIST.code());
        em.persist(s);
        StrategyVersion v1 = StrategyVersion.firstDraft(KOSICE_V1, s);
        em.persist(v1);
        String k = "kosice:";
        em.persist(section(v1, k + "intro", null, 0, "Úvod a východiská",
                "Košický samosprávny kraj je hraničným regiónom Slovenska. Od roku 2022 tu žije viac ako **9 000 cudzincov**,"
                        + " väčšinou ľudí s dočasným útočiskom z Ukrajiny, ale aj pracovníkov z tretích krajín.\n\n"
                        + "Stratégia určuje, čo kraj, mestá a obce a ich partneri urobia pre začlenenie cudzincov"
                        + " do života regiónu v rokoch " + year + " – " + (year + 5) + ".\n\n"
                        + "*English summary:* the region's plan for the inclusion of newcomers, prepared with municipalities,"
                        + " NGOs and employers."));
        em.persist(section(v1, k + "governance", null, 1, "Koordinácia a riadenie",
                "Kraj zriadi **koordinačnú skupinu** pre integráciu, v ktorej sú zastúpené odbory kraja, mestá Košice,"
                        + " Michalovce a Trebišov, úrad práce, cudzinecká polícia a mimovládne organizácie.\n\n"
                        + "Skupina sa stretáva štvrťročne a raz ročne predkladá zastupiteľstvu správu o plnení stratégie."));
        em.persist(section(v1, k + "services", null, 2, "Dostupnosť služieb",
                "Cudzinci majú prístup k službám kraja v jazyku, ktorému rozumejú:\n\n"
                        + "- tlmočenie na úradoch kraja (ukrajinčina, ruština, angličtina),\n"
                        + "- informačné materiály vo viacerých jazykoch,\n"
                        + "- školenia zamestnancov prvého kontaktu."));
        em.persist(section(v1, k + "education", null, 3, "Vzdelávanie a jazyk",
                "Stredné školy v zriaďovateľskej pôsobnosti kraja ponúknu **kurzy slovenčiny** pre žiakov-cudzincov"
                        + " a ich rodičov. Kraj podporí asistentov učiteľa so znalosťou ukrajinčiny."));
        em.persist(section(v1, k + "employment", null, 4, "Zamestnanosť",
                "Spolu s úradom práce a zamestnávateľmi kraj pomôže s uznávaním kvalifikácií a s hľadaním práce"
                        + " zodpovedajúcej vzdelaniu."));
        em.persist(section(v1, k + "monitoring", null, 5, "Monitorovanie a hodnotenie",
                "Plnenie opatrení sleduje koordinačná skupina podľa ukazovateľov uvedených nižšie."));
        Goal access = goal(v1, k + "goal-access", 0, "Dostupné verejné služby pre cudzincov",
                "Cudzinci vybavia svoje záležitosti na úradoch kraja bez jazykových bariér.");
        Goal school = goal(v1, k + "goal-school", 1, "Úspešné začlenenie detí do škôl",
                "Žiaci-cudzinci ovládajú slovenčinu natoľko, aby mohli pokračovať vo vzdelávaní.");
        Goal work = goal(v1, k + "goal-work", 2, "Práca zodpovedajúca kvalifikácii", "");
        List.of(access, school, work).forEach(em::persist);
        Measure interpreting = measure(v1, k + "measure-interpreting", 0, new MeasurePlan(access.getId(),
                "Tlmočnícka služba na úradoch kraja",
                "Telefonické a osobné tlmočenie pri podaniach a konzultáciách.", front, "Odbor sociálnych vecí KSK",
                "Slovenská humanitná rada, Liga za ľudské práva", LocalDate.of(year, 3, 1), LocalDate.of(year + 2, 12, 31),
                new BigDecimal("120000.00"), "EUR", FundingSource.AMIF, MeasureStatus.IN_PROGRESS, 40));
        Measure training = measure(v1, k + "measure-staff-training", 1, new MeasurePlan(access.getId(),
                "Školenie zamestnancov prvého kontaktu",
                "Interkultúrna komunikácia a práca s tlmočníkom pre zamestnancov podateľní a sociálnych odborov.", social,
                "Odbor sociálnych vecí KSK", "IOM Slovensko", LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 6, 30),
                new BigDecimal("35000.00"), "EUR", FundingSource.ESF_PLUS, MeasureStatus.PLANNED, 0));
        Measure language = measure(v1, k + "measure-language", 2, new MeasurePlan(school.getId(),
                "Kurzy slovenčiny na stredných školách",
                "Dvakrát týždenne popoludní, pre žiakov aj rodičov.", education, "Odbor školstva KSK",
                "Stredné školy KSK, Technická univerzita v Košiciach", LocalDate.of(year, 9, 1), LocalDate.of(year + 3, 6, 30),
                new BigDecimal("80000.00"), "EUR", FundingSource.ERASMUS_PLUS, MeasureStatus.IN_PROGRESS, 25));
        Measure recognition = measure(v1, k + "measure-recognition", 3, new MeasurePlan(work.getId(),
                "Poradenstvo pri uznávaní kvalifikácií",
                "Poradňa v Košiciach a výjazdy do Michaloviec a Trebišova.", null, "Úrad práce, sociálnych vecí a rodiny Košice",
                "Centrum pre migrantov", LocalDate.of(year, 6, 1), LocalDate.of(year + 2, 5, 31),
                new BigDecimal("45000.00"), "EUR", FundingSource.MUNICIPAL_BUDGET, MeasureStatus.PLANNED, 0));
        List.of(interpreting, training, language, recognition).forEach(em::persist);
        em.persist(indicator(v1, k + "indicator-interpreted", 0, new IndicatorDefinition(null, interpreting.getId(),
                "Počet tlmočených konzultácií za rok", "konzultácie", new BigDecimal("0"), LocalDate.of(year, 1, 1),
                new BigDecimal("1500"), LocalDate.of(year + 2, 12, 31))));
        em.persist(indicator(v1, k + "indicator-pupils", 1, new IndicatorDefinition(school.getId(), null,
                "Žiaci-cudzinci, ktorí úspešne ukončili ročník", "%", new BigDecimal("62"), LocalDate.of(year - 1, 6, 30),
                new BigDecimal("85"), LocalDate.of(year + 3, 6, 30))));
        em.persist(indicator(v1, k + "indicator-trained-staff", 2, new IndicatorDefinition(null, training.getId(),
                "Vyškolení zamestnanci prvého kontaktu", "osoby", new BigDecimal("0"), LocalDate.of(year, 1, 1),
                new BigDecimal("120"), LocalDate.of(year + 1, 6, 30))));
        em.flush();
        s.startConsultation(today.minusDays(400), today.minusDays(370));
        s.closeConsultation();
        v1.adopt(today.minusDays(330), "Zastupiteľstvo Košického samosprávneho kraja",
                "Uznesenie č. " + (100 + today.minusDays(330).getDayOfYear()) + "/" + year);
        em.flush();

        // the revision now in consultation: copied with the same lineages, then a few changes
        StrategyVersion v2 = StrategyVersion.revisionOf(KOSICE_V2, v1, 1);
        em.persist(v2);
        VersionContents adopted = new StrategyQueries(em).contents(v1);
        StrategyContentCopy copy = StrategyContentCopy.revision(v2);
        List<Section> sections = copy.sections(adopted.sections());
        List<Goal> goals = copy.goals(adopted.goals());
        List<Measure> measures = copy.measures(adopted.measures());
        List<Indicator> indicators = copy.indicators(adopted.indicators());
        sections.forEach(em::persist);
        goals.forEach(em::persist);
        measures.forEach(em::persist);
        indicators.forEach(em::persist);
        em.flush();
        for (Section section : sections) {
            if (section.getLineageId().equals(lineage(k + "intro"))) {
                section.write(section.getHeading(), section.getBody().replace("viac ako **9 000 cudzincov**",
                        "viac ako **11 500 cudzincov**"));
            } else if (section.getLineageId().equals(lineage(k + "services"))) {
                section.write(section.getHeading(), section.getBody().replace("(ukrajinčina, ruština, angličtina)",
                        "(ukrajinčina, ruština, angličtina, arabčina)")
                        + "\n- jednotné kontaktné miesto pre cudzincov v Košiciach.");
            } else if (section.getLineageId().equals(lineage(k + "employment"))) {
                section.write("Zamestnanosť a podnikanie", section.getBody()
                        + " Nové: poradenstvo pre cudzincov, ktorí chcú začať podnikať.");
            }
        }
        for (Measure m : measures) {
            if (m.getLineageId().equals(lineage(k + "measure-interpreting"))) {
                MeasurePlan p = m.plan();
                m.write(new MeasurePlan(p.goalId(), p.title(), p.description(), p.responsibleDepartmentId(), p.responsibleBody(),
                        p.partners(), p.startDate(), LocalDate.of(year + 4, 12, 31), new BigDecimal("180000.00"), p.currency(),
                        p.fundingSource(), p.status(), 55));
            }
        }
        Goal workGoal = goals.stream().filter(g -> g.getLineageId().equals(lineage(k + "goal-work"))).findFirst().orElseThrow();
        em.persist(measure(v2, k + "measure-one-stop-shop", 4, new MeasurePlan(workGoal.getId(),
                "Jednotné kontaktné miesto pre cudzincov",
                "Jedno miesto v Košiciach, kde cudzinci vybavia pobyt, zdravotné poistenie, školu a prácu.", front,
                "Odbor sociálnych vecí KSK", "Mesto Košice, cudzinecká polícia, úrad práce", today.plusMonths(3).withDayOfMonth(1),
                LocalDate.of(year + 5, 12, 31), new BigDecimal("250000.00"), "EUR", FundingSource.AMIF, MeasureStatus.PLANNED, 0)));
        indicators.stream().filter(i -> i.getLineageId().equals(lineage(k + "indicator-trained-staff"))).forEach(em::remove);
        em.flush();
        s.allowPublicComments(true);
        s.startConsultation(today.minusDays(7), today.plusDays(21));
        em.flush();
    }

    private static void thessaloniki(EntityManager em, UUID city, LocalDate today) {
        int year = today.minusYears(1).getYear();
        Strategy s = new Strategy(THESSALONIKI_STRATEGY, city, "Στρατηγική ένταξης μεταναστών και προσφύγων του Δήμου Θεσσαλονίκης",
                "el", LocalDate.of(year, 1, 1), LocalDate.of(year + 4, 12, 31));
        s.startedFromTemplate(StrategyTemplate.INTERCULTURAL_CITIES.code());
        em.persist(s);
        StrategyVersion v1 = StrategyVersion.firstDraft(id("thessaloniki:v1"), s);
        em.persist(v1);
        String t = "thessaloniki:";
        em.persist(section(v1, t + "commitment", null, 0, "Δέσμευση",
                "Ο Δήμος Θεσσαλονίκης δεσμεύεται για μια **διαπολιτισμική πόλη** όπου όλοι οι κάτοικοι έχουν ίσες ευκαιρίες."));
        em.persist(section(v1, t + "housing", null, 1, "Στέγαση",
                "Διαμεσολάβηση για στέγαση προσφύγων που αποχωρούν από δομές φιλοξενίας, σε συνεργασία με ιδιοκτήτες ακινήτων."));
        em.persist(section(v1, t + "language", null, 2, "Γλώσσα",
                "Μαθήματα ελληνικής γλώσσας για ενήλικες στα Κέντρα Κοινότητας του Δήμου."));
        Goal housing = goal(v1, t + "goal-housing", 0, "Αξιοπρεπής στέγαση για όλους", "");
        em.persist(housing);
        Measure mediation = measure(v1, t + "measure-mediation", 0, new MeasurePlan(housing.getId(),
                "Πρόγραμμα διαμεσολάβησης για στέγαση", "Μητρώο ιδιοκτητών και επιδότηση ενοικίου για έξι μήνες.", null,
                "Διεύθυνση Κοινωνικής Πολιτικής", "ΜΚΟ Άρσις, Ύπατη Αρμοστεία", LocalDate.of(year, 2, 1),
                LocalDate.of(year + 2, 12, 31), new BigDecimal("300000.00"), "EUR", FundingSource.AMIF, MeasureStatus.IN_PROGRESS, 50));
        em.persist(mediation);
        em.persist(indicator(v1, t + "indicator-households", 0, new IndicatorDefinition(null, mediation.getId(),
                "Νοικοκυριά που μετακόμισαν σε ιδιωτική κατοικία", "νοικοκυριά", BigDecimal.ZERO, LocalDate.of(year, 1, 1),
                new BigDecimal("400"), LocalDate.of(year + 2, 12, 31))));
        em.flush();
        s.startConsultation(today.minusDays(500), today.minusDays(470));
        s.closeConsultation();
        v1.adopt(today.minusDays(420), "Δημοτικό Συμβούλιο Θεσσαλονίκης", "Απόφαση " + (200 + today.minusDays(420).getDayOfYear()) + "/" + year);
        em.flush();
    }

    private static UUID department(Directory directory, UUID municipality, String name) {
        return directory.departments(municipality).stream().filter(d -> d.name().equals(name))
                .map(DepartmentSummary::id).findFirst().orElse(null);
    }

    private static Section section(StrategyVersion v, String key, UUID parent, int position, String heading, String body) {
        return new Section(id(key + ":" + v.getNumber()), v, lineage(key), parent, position, heading, body, null);
    }

    private static Goal goal(StrategyVersion v, String key, int position, String title, String description) {
        return new Goal(id(key + ":" + v.getNumber()), v, lineage(key), position, title, description);
    }

    private static Measure measure(StrategyVersion v, String key, int position, MeasurePlan plan) {
        return new Measure(id(key + ":" + v.getNumber()), v, lineage(key), position, plan);
    }

    private static Indicator indicator(StrategyVersion v, String key, int position, IndicatorDefinition definition) {
        return new Indicator(id(key + ":" + v.getNumber()), v, lineage(key), position, definition);
    }

    /** The lineage of a demo piece, the same in every version (e.g. {@code kosice:measure-interpreting}). */
    public static UUID lineage(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy-lineage:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
