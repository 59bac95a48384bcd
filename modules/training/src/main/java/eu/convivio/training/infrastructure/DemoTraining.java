package eu.convivio.training.infrastructure;

import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.TrainingNotice;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Attendance;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.CompletionRule;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseContent;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.CourseText;
import eu.convivio.training.domain.DayPlan;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.Learner;
import eu.convivio.training.domain.Objective;
import eu.convivio.training.domain.SessionDay;
import eu.convivio.training.domain.SessionPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo courses of the demo cities with sessions around the day of the first start: completed
 * sessions with attendance and completed learners (so that certificates exist), open sessions,
 * a full exchange session with a waitlist, and a study visit of Trnava staff to Thessaloniki.
 * Learners are the demo cities' own accounts (staff, officers), never invented people.
 */
@ApplicationScoped
public class DemoTraining {

    private static final Logger LOG = Logger.getLogger(DemoTraining.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Event<TrainingNotice> notices;

    /** A demo course: owner city, English text, translations (el, bg, sk), settings. */
    record Demo(String owner, String title, String description, String el, String bg, String sk, CourseFormat format,
                String hours, String share, boolean assessment, Approval approval, List<String> topics,
                List<String> objectives) {
    }

    static final List<Demo> COURSES = List.of(
            new Demo("Thessaloniki", "Intercultural communication for front-desk staff",
                    "How to serve newcomers well at a municipal counter: plain language, cultural expectations about authority and time, reading misunderstandings early, and keeping calm in tense conversations.",
                    "Διαπολιτισμική επικοινωνία για το προσωπικό εξυπηρέτησης", "Междукултурна комуникация за служителите на гишета",
                    "Interkultúrna komunikácia pre pracovníkov prvého kontaktu", CourseFormat.IN_PERSON, "12", "0.75", false,
                    Approval.MANAGER, List.of("culture-community", "information-orientation", "anti-discrimination"),
                    List.of("Explain a procedure in plain language without jargon",
                            "Recognise cultural expectations that lead to misunderstandings at the counter",
                            "De-escalate a tense conversation")),
            new Demo("Sofia", "Working with interpreters",
                    "Booking, briefing and working with community interpreters in person and by phone: seating, speaking in the first person, confidentiality, and what to do when the interpreter knows the client.",
                    "Συνεργασία με διερμηνείς", "Работа с преводачи", "Práca s tlmočníkmi", CourseFormat.BLENDED, "8", "1.00",
                    false, Approval.TRAINER, List.of("interpretation", "information-orientation"),
                    List.of("Brief an interpreter before an appointment", "Run a three-way conversation in the first person",
                            "Handle a conflict of interest or a breach of confidentiality")),
            new Demo("Bratislava", "Asylum and residence law basics",
                    "The main residence statuses of third-country nationals (asylum, subsidiary protection, temporary protection, residence permits), what each allows, and where to refer people for legal advice.",
                    "Βασικές αρχές δικαίου ασύλου και διαμονής", "Основи на правото в областта на убежището и пребиваването",
                    "Základy azylového a pobytového práva", CourseFormat.ONLINE, "6", "0.50", true, Approval.AUTOMATIC,
                    List.of("legal-counselling", "information-orientation"),
                    List.of("Tell the main residence statuses apart from a document",
                            "Name the rights each status gives to work, housing and social assistance",
                            "Refer a person to qualified legal advice")),
            new Demo("Athens", "Trauma-informed practice at the service desk",
                    "What trauma does to memory, trust and attention, and how desk staff can adapt appointments so that survivors of war and flight can use municipal services without being harmed again.",
                    "Πρακτική με επίγνωση του τραύματος στην εξυπηρέτηση", "Практика, съобразена с травмата, на гишето",
                    "Prax citlivá na traumu pri priehradke", CourseFormat.IN_PERSON, "10", "0.75", false, Approval.MANAGER,
                    List.of("mental-health", "women-children"),
                    List.of("Recognise signs of trauma in an appointment", "Adapt an appointment to avoid re-traumatisation",
                            "Look after one's own wellbeing")),
            new Demo("Plymouth", "Joint staff training: coordinating services for newcomers",
                    "A one-day joint event of municipal departments and local providers on referral pathways between housing, health, education and employment services.",
                    "Κοινή εκπαίδευση προσωπικού: συντονισμός υπηρεσιών για νεοαφιχθέντες",
                    "Съвместно обучение на персонала: координиране на услугите за новопристигнали",
                    "Spoločné školenie zamestnancov: koordinácia služieb pre novoprišlých", CourseFormat.JOINT_EVENT, "7",
                    "1.00", false, Approval.TRAINER, List.of("housing", "health", "education", "employment"),
                    List.of("Map the referral pathways between local services", "Agree on a common referral form")),
            new Demo("Thessaloniki", "Study visit: housing mediation in Thessaloniki",
                    "Staff of partner cities spend two days with Thessaloniki's housing mediators: landlord register, flat visits, tenancy contracts explained with interpreters, and the rent subsidy scheme.",
                    "Μελετητική επίσκεψη: διαμεσολάβηση στέγασης στη Θεσσαλονίκη",
                    "Учебно посещение: жилищно посредничество в Солун",
                    "Študijná návšteva: sprostredkovanie bývania v Solúne", CourseFormat.STUDY_VISIT, "14", "1.00", false,
                    Approval.MANAGER, List.of("housing", "social-assistance"),
                    List.of("Describe how a landlord register is built and kept",
                            "Judge what of the Thessaloniki scheme fits one's own city")));

    private final Map<String, MunicipalitySummary> cities = new HashMap<>();
    private final Map<String, StaffMember> accounts = new HashMap<>();
    private Instant now;
    private LocalDate today;

    void load(@Observes DemoDataLoading event) {
        event.directory().municipalities().forEach(m -> cities.put(m.name(), m));
        if (!cities.keySet().containsAll(List.of("Thessaloniki", "Sofia", "Bratislava", "Athens", "Plymouth", "Trnava"))) {
            LOG.warning("Demo training skipped: the demo cities are not there");
            return;
        }
        now = Instant.now();
        today = LocalDate.now(ZoneId.of("Europe/Athens"));
        for (MunicipalitySummary m : cities.values()) {
            for (Role role : List.of(Role.TRAINER, Role.LEARNER, Role.OFFICER, Role.MUNICIPAL_ADMIN, Role.COUNCIL)) {
                staff.holders(m.id(), role).forEach(a -> accounts.putIfAbsent(a.username(), a));
            }
        }
        Map<String, Course> courses = new HashMap<>();
        for (Demo d : COURSES) {
            courses.put(d.title(), course(d));
        }
        int sessions = 0;
        // completed sessions, with attendance: most learners completed, one no-show, one excused too often
        sessions += completed(courses.get("Intercultural communication for front-desk staff"), "Thessaloniki",
                "Thessaloniki City Hall, Vasileos Georgiou 1, meeting room B", -40, 2, true,
                Map.of("thessaloniki.staff", "PP", "thessaloniki.officer", "PL", "athens.staff", "PE", "sofia.staff", "AA"));
        sessions += completed(courses.get("Working with interpreters"), "Sofia", "Sofia Municipality, Moskovska 33, hall 2", -25, 1, true,
                Map.of("sofia.staff", "P", "sofia.officer", "P", "harmanli.staff", "L"));
        sessions += completed(courses.get("Asylum and residence law basics"), "Bratislava", null, -60, 2, true,
                Map.of("bratislava.staff", "PP", "bratislava.officer", "PA", "trnava.staff", "LP"));
        // upcoming, open for enrolment
        CourseSession openIntercultural = open(courses.get("Intercultural communication for front-desk staff"), "Athens",
                "Athens City Hall, Athinas 63, training room", 21, 2, 12, true);
        enrol(openIntercultural, courses.get("Intercultural communication for front-desk staff"), "athens.staff", "athens.officer");
        CourseSession interpreters = open(courses.get("Working with interpreters"), "Sofia",
                "Sofia Municipality, Moskovska 33, hall 2", 14, 1, 4, true);
        // full exchange session with a waitlist
        enrol(interpreters, courses.get("Working with interpreters"), "sofia.staff", "harmanli.staff", "thessaloniki.staff",
                "bratislava.staff", "plymouth.staff", "trnava.officer");
        CourseSession law = open(courses.get("Asylum and residence law basics"), "Bratislava", null, 10, 2, 30, true);
        enrol(law, courses.get("Asylum and residence law basics"), "kosice.staff", "bbystrica.staff");
        // nearly full: one seat left
        CourseSession trauma = open(courses.get("Trauma-informed practice at the service desk"), "Athens",
                "Athens Development and Destination Management Agency, Kotzia Square 1", 28, 2, 4, false);
        enrol(trauma, courses.get("Trauma-informed practice at the service desk"), "athens.staff", "athens.officer", "athens.council");
        open(courses.get("Joint staff training: coordinating services for newcomers"), "Plymouth",
                "Plymouth Guildhall, Armada Way", 35, 1, 40, false);
        // the study visit: Trnava staff visiting Thessaloniki
        CourseSession visit = open(courses.get("Study visit: housing mediation in Thessaloniki"), "Thessaloniki",
                "Thessaloniki Social Policy Directorate, housing team, Kleanthous 18", 45, 2, 8, true);
        enrol(visit, courses.get("Study visit: housing mediation in Thessaloniki"), "trnava.staff", "trnava.officer");
        sessions += 6;
        em.flush();
        LOG.info("Demo training loaded: " + COURSES.size() + " courses, " + sessions + " sessions");
    }

    private static UUID id(String seed) {
        return UUID.nameUUIDFromBytes(("convivio-demo-training:" + seed).getBytes(StandardCharsets.UTF_8));
    }

    private StaffMember account(String username) {
        StaffMember a = accounts.get(username);
        if (a == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return a;
    }

    private UUID trainerOf(String city) {
        return staff.holders(cities.get(city).id(), Role.TRAINER).stream()
                .filter(a -> !a.username().endsWith("trainer2")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo trainer in " + city)).accountId();
    }

    private Course course(Demo d) {
        List<Objective> objectives = d.objectives().stream().map(o -> new Objective(null, o)).toList();
        CourseContent content = new CourseContent(d.title(), d.description(), "en", d.format(), new BigDecimal(d.hours()),
                new CompletionRule(new BigDecimal(d.share()), d.assessment()), d.approval(), Set.copyOf(d.topics()),
                Set.of(), Set.of(Role.LEARNER, Role.OFFICER), objectives, Set.of(trainerOf(d.owner())), Set.of(),
                Map.of("el", new CourseText(d.el(), null), "bg", new CourseText(d.bg(), null), "sk", new CourseText(d.sk(), null)));
        int[] n = {0};
        Course c = new Course(id(d.title()), cities.get(d.owner()).id(), content, () -> id(d.title() + "#objective" + n[0]++));
        c.publish();
        em.persist(c);
        return c;
    }

    private SessionPlan plan(Course c, String host, String venue, int firstDay, int days, int capacity, boolean exchange,
                             Instant opens, Instant closes) {
        List<DayPlan> plan = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            plan.add(new DayPlan(today.plusDays(firstDay + i), LocalTime.of(9, 0), LocalTime.of(i == days - 1 ? 13 : 16, 0)));
        }
        return new SessionPlan(plan, venue, venue == null ? "https://meet.demo.convivio.eu/" + c.getId() : null, capacity,
                c.getTrainers(), opens, closes, closes, exchange, c.getApproval());
    }

    private CourseSession open(Course c, String host, String venue, int firstDay, int days, int capacity, boolean exchange) {
        int[] n = {0};
        String seed = c.getTitle() + "@" + host + firstDay;
        CourseSession s = new CourseSession(id(seed), c, cities.get(host).id(),
                plan(c, host, venue, firstDay, days, capacity, exchange, now.minus(Duration.ofDays(7)),
                        now.plus(Duration.ofDays(Math.max(1, firstDay - 3)))),
                () -> id(seed + "#day" + n[0]++));
        s.open();
        em.persist(s);
        return s;
    }

    /** Enrols the accounts in order, approving requests as their approver would (the rest stays requested). */
    private List<Enrolment> enrol(CourseSession s, Course c, String... usernames) {
        List<Enrolment> enrolments = new ArrayList<>();
        int i = 0;
        for (String username : usernames) {
            StaffMember a = account(username);
            UUID home = a.memberships().stream().map(m -> m.municipalityId()).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            Learner learner = new Learner(a.accountId(), home, a.departmentIn(home).orElse(null), Set.of());
            Instant at = Instant.now().minus(Duration.ofHours(48L - i));
            Enrolment e = s.request(id(s.getId() + "/" + username), c, learner, enrolments,
                    at.isBefore(s.getEnrolmentOpens()) ? s.getEnrolmentOpens().plusSeconds(i) : at);
            if (e.getStatus() == eu.convivio.training.domain.EnrolmentStatus.REQUESTED && i % 2 == 0) {
                e.approve(s.getTrainers().iterator().next(), at.plusSeconds(3600));
            }
            enrolments.add(e);
            em.persist(e);
            i++;
        }
        return enrolments;
    }

    /**
     * A session in the past, closed, with attendance: {@code marks} gives per learner one letter
     * per day (P present, L late, E excused, A absent).
     */
    private int completed(Course c, String host, String venue, int firstDay, int days, boolean exchange, Map<String, String> marks) {
        String seed = c.getTitle() + "@" + host + firstDay;
        int[] n = {0};
        Instant opens = now.minus(Duration.ofDays(-firstDay + 40L));
        Instant closes = now.minus(Duration.ofDays(-firstDay + 5L));
        CourseSession s = new CourseSession(id(seed), c, cities.get(host).id(),
                plan(c, host, venue, firstDay, days, 20, exchange, opens, closes), () -> id(seed + "#day" + n[0]++));
        s.open();
        em.persist(s);
        List<Enrolment> enrolments = new ArrayList<>();
        List<String> learners = marks.keySet().stream().sorted().toList();
        int i = 0;
        for (String username : learners) {
            StaffMember a = account(username);
            UUID home = a.memberships().stream().map(m -> m.municipalityId()).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            Instant at = opens.plus(Duration.ofDays(1 + i));
            Enrolment e = s.request(id(s.getId() + "/" + username), c, new Learner(a.accountId(), home, a.departmentIn(home).orElse(null), Set.of()),
                    enrolments, at);
            if (e.getStatus() == eu.convivio.training.domain.EnrolmentStatus.REQUESTED) {
                e.approve(s.getTrainers().iterator().next(), at.plus(Duration.ofDays(1)));
            }
            if (c.getCompletionRule().isFinalAssessmentRequired()) {
                e.recordAssessment(!marks.get(username).contains("A"), at.plus(Duration.ofDays(1)));
            }
            enrolments.add(e);
            em.persist(e);
            i++;
        }
        UUID trainer = s.getTrainers().iterator().next();
        Map<UUID, List<AttendanceStatus>> marked = new HashMap<>();
        for (Enrolment e : enrolments) {
            String letters = marks.get(learners.get(enrolments.indexOf(e)));
            List<SessionDay> sessionDays = s.getDays();
            for (int d = 0; d < sessionDays.size(); d++) {
                AttendanceStatus status = switch (letters.charAt(d)) {
                    case 'P' -> AttendanceStatus.PRESENT;
                    case 'L' -> AttendanceStatus.LATE;
                    case 'E' -> AttendanceStatus.EXCUSED;
                    default -> AttendanceStatus.ABSENT;
                };
                int day = d;
                Attendance att = s.mark(null, () -> id(e.getId() + "#" + day), e, sessionDays.get(d).getId(), status, trainer,
                        sessionDays.get(d).getDay().atTime(17, 0).atZone(ZoneId.of(cities.get(host).timeZone())).toInstant());
                em.persist(att);
                marked.computeIfAbsent(e.getId(), k -> new ArrayList<>()).add(status);
            }
        }
        Instant closed = s.getLastDay().plusDays(1).atStartOfDay(ZoneId.of(cities.get(host).timeZone())).toInstant();
        s.complete(enrolments, s.getLastDay(), closed);
        em.flush();
        for (Enrolment e : enrolments) {
            if (s.evaluate(c, e, marked.get(e.getId()), closed)) {
                em.flush();
                // certificates are issued on this notice, as for a session closed by its trainer
                notices.fire(new TrainingNotice(e.getAccountId(), TrainingNotice.Kind.COMPLETED, s.getId(), e.getId()));
            }
        }
        return 1;
    }
}
