package eu.convivio.strategy.infrastructure;

import eu.convivio.catalogue.api.ServiceDirectory;
import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.needs.api.NeedDirectory;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.strategy.domain.CommentAnswer;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.ConsultationComment;
import eu.convivio.strategy.domain.IndicatorValue;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureLink;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.ProgressReport;
import eu.convivio.training.api.CourseDirectory;
import eu.convivio.training.api.CourseSummary;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo consultation and monitoring for the Košice region's strategy (loaded by {@link DemoStrategies},
 * which must run first: this observer has a later priority): comments from stakeholders on the
 * revision in consultation, most of them answered by the council; progress reports and indicator
 * values for the adopted version 1; and links of its measures to the region's severe needs (read
 * through the needs module's demo-only look-up, as nobody is signed in while demo data loads), to
 * catalogue services, and to a published course on working with interpreters.
 */
@ApplicationScoped
public class DemoConsultation {

    private static final Logger LOG = Logger.getLogger(DemoConsultation.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Europe/Bratislava");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private ServiceDirectory services;

    @Inject
    private Instance<CourseDirectory> courses;

    @Inject
    private Instance<NeedDirectory> needs;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoDataLoading event) {
        StrategyOutline.StrategyHead kosice = new StrategyOutline(em).strategy(DemoStrategies.KOSICE_STRATEGY).orElse(null);
        if (kosice == null || kosice.openDraft() == null || kosice.latestAdopted() == null) {
            LOG.warning("The Košice demo strategy is missing: no demo consultation or monitoring.");
            return;
        }
        UUID council = staff.holders(kosice.municipalityId(), Role.COUNCIL).stream().findFirst().map(m -> m.accountId()).orElse(null);
        UUID officer = staff.holders(kosice.municipalityId(), Role.OFFICER).stream().findFirst().map(m -> m.accountId()).orElse(council);
        LocalDate today = LocalDate.now(ZONE);
        int comments = comments(kosice, council, today);
        int reports = monitoring(kosice, officer, today);
        int links = links(kosice, council) + needLinks(kosice, council, event);
        em.flush();
        LOG.info("Demo consultation for Košice: " + comments + " comments, " + reports + " monitoring records, " + links + " links.");
    }

    private int comments(StrategyOutline.StrategyHead s, UUID council, LocalDate today) {
        record Demo(CommentTarget kind, String lineage, String organisation, String text, int daysAgo, CommentAnswer answer, String reason) {
        }
        List<Demo> demo = List.of(
                new Demo(CommentTarget.SECTION, "kosice:intro", "Liga za ľudské práva – Košice",
                        "Úvod by mal uviesť aj počet ľudí s dočasným útočiskom v kraji a ich vekové zloženie, nielen celkový počet cudzincov.",
                        6, CommentAnswer.ACCEPTED, "Doplníme údaje Úradu hraničnej a cudzineckej polície k 31. 12. a vekové skupiny."),
                new Demo(CommentTarget.MEASURE, "kosice:measure-interpreting", "Univerzitná nemocnica L. Pasteura Košice",
                        "Tlmočnícka linka by mala fungovať aj v noci a cez víkend, pohotovosť ju potrebuje najviac.",
                        5, CommentAnswer.PARTLY_ACCEPTED,
                        "Nepretržitú prevádzku rozpočet neumožňuje; linku predĺžime do 22:00 a v sobotu do 14:00."),
                new Demo(CommentTarget.MEASURE, "kosice:measure-one-stop-shop", "Slovenská katolícka charita",
                        "Jednotné kontaktné miesto by malo mať pobočku aj v Michalovciach, kde žije veľa rodín z Ukrajiny.",
                        4, CommentAnswer.REJECTED,
                        "V prvej fáze jedno miesto v Košiciach; výjazdy do Michaloviec zabezpečuje opatrenie tlmočenia a poradne."),
                new Demo(CommentTarget.SECTION, "kosice:employment", "Mareena o.z.",
                        "Chýba uznávanie kvalifikácií pre zdravotné sestry a opatrovateľky, kde je najväčší dopyt.",
                        3, CommentAnswer.ACCEPTED, "Doplníme do opatrenia uznávania kvalifikácií s prioritou zdravotníckych profesií."),
                new Demo(CommentTarget.SECTION, "kosice:services", null,
                        "Informácie na webe kraja by mali byť aj v ukrajinčine a angličtine.",
                        2, null, null),
                new Demo(CommentTarget.MEASURE, "kosice:measure-interpreting", "IOM Slovensko",
                        "Navrhujeme doplniť ukazovateľ spokojnosti používateľov tlmočenia.",
                        1, null, null));
        var targets = new java.util.HashMap<UUID, String>();
        new StrategyOutline(em).sections(s.openDraft().id()).forEach(x -> targets.put(x.lineageId(), x.heading()));
        new StrategyOutline(em).measures(s.openDraft().id()).forEach(x -> targets.put(x.lineageId(), x.title()));
        int n = 0;
        for (Demo d : demo) {
            UUID lineage = DemoStrategies.lineage(d.lineage());
            String title = targets.get(lineage);
            if (title == null) {
                continue;
            }
            Instant at = today.minusDays(d.daysAgo()).atTime(10 + n, 15).atZone(ZONE).toInstant();
            ConsultationComment c = new ConsultationComment(id("comment:" + n), s.id(), s.municipalityId(), s.openDraft().id(), title,
                    new ConsultationComment.Draft(d.kind(), lineage, d.text(), null, d.organisation()), null, null, at);
            if (d.answer() != null && council != null) {
                c.answer(d.answer(), d.reason(), council, at.plusSeconds(86_400));
            }
            em.persist(c);
            n++;
        }
        return n;
    }

    private int monitoring(StrategyOutline.StrategyHead s, UUID officer, LocalDate today) {
        if (officer == null) {
            return 0;
        }
        UUID adopted = s.latestAdopted().id();
        var outline = new StrategyOutline(em);
        var measures = outline.measures(adopted).stream().map(StrategyOutline.MeasureLine::lineageId).toList();
        var indicators = outline.indicators(adopted).stream().map(StrategyOutline.IndicatorLine::lineageId).toList();
        int n = 0;
        record Progress(String lineage, int monthsAgo, MeasureStatus status, int progress, String note) {
        }
        for (Progress p : List.of(
                new Progress("kosice:measure-interpreting", 6, MeasureStatus.IN_PROGRESS, 30, "Zmluva s tlmočníckou agentúrou podpísaná, linka spustená."),
                new Progress("kosice:measure-interpreting", 1, MeasureStatus.IN_PROGRESS, 55, "Linku využíva 11 úradov a 4 nemocnice."),
                new Progress("kosice:measure-staff-training", 4, MeasureStatus.IN_PROGRESS, 40, "Vyškolených 46 zamestnancov prvého kontaktu."),
                new Progress("kosice:measure-language", 2, MeasureStatus.DELAYED, 15, "Verejné obstarávanie kurzov sa opakuje."))) {
            UUID lineage = DemoStrategies.lineage(p.lineage());
            if (!measures.contains(lineage)) {
                continue;
            }
            LocalDate day = today.minusMonths(p.monthsAgo());
            em.persist(new ProgressReport(id("progress:" + n), s.id(), s.municipalityId(), lineage,
                    new ProgressReport.Draft(day, p.status(), p.progress(), p.note()), today, officer,
                    day.atStartOfDay(ZONE).toInstant().plusSeconds(36_000)));
            n++;
        }
        record Value(String lineage, int monthsAgo, String value, String source) {
        }
        for (Value v : List.of(
                new Value("kosice:indicator-interpreted", 9, "120", "Evidencia tlmočníckej linky"),
                new Value("kosice:indicator-interpreted", 6, "410", "Evidencia tlmočníckej linky"),
                new Value("kosice:indicator-interpreted", 3, "760", "Evidencia tlmočníckej linky"),
                new Value("kosice:indicator-interpreted", 1, "1020", "Evidencia tlmočníckej linky"),
                new Value("kosice:indicator-pupils", 8, "58", "Regionálny úrad školskej správy"),
                new Value("kosice:indicator-pupils", 2, "64", "Regionálny úrad školskej správy"),
                new Value("kosice:indicator-trained-staff", 4, "46", "Prezenčné listiny školení"))) {
            UUID lineage = DemoStrategies.lineage(v.lineage());
            if (!indicators.contains(lineage)) {
                continue;
            }
            LocalDate day = today.minusMonths(v.monthsAgo());
            em.persist(new IndicatorValue(id("value:" + n), s.id(), s.municipalityId(), lineage,
                    new IndicatorValue.Draft(day, new BigDecimal(v.value()), v.source(), null), today, officer,
                    day.atStartOfDay(ZONE).toInstant().plusSeconds(36_000)));
            n++;
        }
        return n;
    }

    private int links(StrategyOutline.StrategyHead s, UUID council) {
        int n = 0;
        Instant now = Instant.now();
        record Wanted(String measure, String words) {
        }
        for (Wanted w : List.of(new Wanted("kosice:measure-interpreting", "tlmočenie"),
                new Wanted("kosice:measure-language", "kurz slovenčiny"),
                new Wanted("kosice:measure-recognition", "kariérne poradenstvo"))) {
            Optional<ServiceSummary> service = services.searchIn(s.municipalityId(), w.words(), "sk", 5).stream()
                    .filter(x -> !x.withdrawn()).findFirst();
            if (service.isPresent()) {
                em.persist(new MeasureLink(id("link:" + n), s.id(), s.municipalityId(), DemoStrategies.lineage(w.measure()),
                        LinkKind.SERVICE, service.get().id(), council, now));
                n++;
            }
        }
        if (courses.isResolvable()) {
            // the first-contact staff training measure requires the course on working with interpreters
            Optional<CourseSummary> course = courses.get().courses("interpretation").stream().findFirst()
                    .or(() -> courses.get().courses(null).stream().findFirst());
            if (course.isPresent()) {
                em.persist(new MeasureLink(id("link:" + n), s.id(), s.municipalityId(), DemoStrategies.lineage("kosice:measure-staff-training"),
                        LinkKind.COURSE, course.get().id(), council, now));
                n++;
            }
        }
        return n;
    }

    /**
     * Each measure addresses the region's most severe open need (severity 4–5) of its theme; a
     * need links to one measure at most, so that the coverage report still lists the others.
     */
    private int needLinks(StrategyOutline.StrategyHead s, UUID council, DemoDataLoading event) {
        if (!needs.isResolvable()) {
            return 0;
        }
        List<NeedSummary> severe = needs.get().openNeedsForDemo(event, s.municipalityId(), 4);
        record Wanted(String measure, String theme) {
        }
        Set<UUID> taken = new HashSet<>();
        int n = 0;
        Instant now = Instant.now();
        for (Wanted w : List.of(new Wanted("kosice:measure-interpreting", "interpretation"),
                new Wanted("kosice:measure-language", "language-learning"),
                new Wanted("kosice:measure-recognition", "employment"))) {
            Optional<NeedSummary> need = severe.stream().filter(x -> x.themeCode().equals(w.theme()) && !taken.contains(x.id())).findFirst();
            if (need.isPresent()) {
                taken.add(need.get().id());
                em.persist(new MeasureLink(id("need-link:" + n), s.id(), s.municipalityId(), DemoStrategies.lineage(w.measure()),
                        LinkKind.NEED, need.get().id(), council, now));
                n++;
            }
        }
        if (n == 0 && !severe.isEmpty()) {
            em.persist(new MeasureLink(id("need-link:0"), s.id(), s.municipalityId(), DemoStrategies.lineage("kosice:measure-interpreting"),
                    LinkKind.NEED, severe.get(0).id(), council, now));
            n++;
        }
        return n;
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("convivio-demo:strategy-consultation:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
