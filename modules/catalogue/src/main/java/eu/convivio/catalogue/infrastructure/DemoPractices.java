package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Practice;
import eu.convivio.catalogue.domain.PracticeContent;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo good practices of the demo cities: illustrative write-ups of the kind of work these cities
 * do (not reports of real projects), most published, some still drafts of their municipality.
 * Ids derive from the title, so every demo load produces the same ids.
 */
@ApplicationScoped
public class DemoPractices {

    private static final Logger LOG = Logger.getLogger(DemoPractices.class.getName());

    /** A demo practice: the owning municipality (by its demo name), published or not, and its text. */
    record Demo(String municipality, boolean published, PracticeContent content) {
    }

    static final List<Demo> PRACTICES = List.of(
            new Demo("Thessaloniki", true, new PracticeContent("en",
                    "Housing mediation for refugees leaving reception accommodation",
                    "A municipal team matches recognised refugees with private landlords and covers the first months of rent, so that people leaving camps and hotels do not end up homeless.",
                    "Recognised refugees must leave reception accommodation within 30 days of their decision. Few landlords rent to them: they have no tax records, no guarantor and often no shared language with the owner.",
                    "Housing mediators from the social-policy directorate keep a register of willing landlords, visit the flats, explain the tenancy contract in Arabic, Farsi and French with interpreters, and pay the deposit and a declining share of the rent for six months. Tenants attend a short course on utilities, rubbish collection and neighbour relations.",
                    "In two years 240 households moved into private flats; after the subsidy ended, four in five were still in the same flat. Landlords report fewer problems than they expected.",
                    "Thessaloniki", "GR", "AMIF",
                    "Works wherever there is a private rental market with vacant flats. Needs a small municipal team (3-4 mediators), interpreters and a rent budget; the landlord register is the asset that takes longest to build.",
                    "Social Policy Directorate, housing team – housing@thessaloniki.example", List.of("housing", "social-assistance", "interpretation"),
                    List.of("https://thessaloniki.gr/"))),
            new Demo("Athens", true, new PracticeContent("en",
                    "A coordination centre that brings all migrant-support services to one table",
                    "The city runs a coordination centre where municipal services, NGOs and international organisations share an online map of services and meet monthly per theme.",
                    "More than a hundred organisations offered services to newcomers in Athens, but neither they nor the people they served knew who did what; referrals got lost and some needs were met three times while others not at all.",
                    "The city set up a coordination centre with a small secretariat. Organisations sign a memorandum, publish their services in a shared catalogue and join thematic working groups (housing, health, education, employment, legal aid). The secretariat keeps the catalogue current and follows up referrals that fail.",
                    "Over 90 organisations take part; the thematic groups agreed common referral forms for health and for education. The service map is the most used page of the city's migration portal.",
                    "Athens", "GR", "AMIF",
                    "Transferable to any city with many providers. Start with the catalogue and two or three working groups; a neutral municipal secretariat is what makes NGOs share information.",
                    "Coordination Centre for Migrant and Refugee Issues – coordination@athens.example", List.of("information-orientation", "legal-counselling"),
                    List.of("https://www.cityofathens.gr/"))),
            new Demo("Sofia", true, new PracticeContent("en",
                    "A pool of municipal interpreters for Arabic and Farsi at social-service desks",
                    "Sofia keeps a roster of trained interpreters who can be booked for appointments at social-service and civil-registration desks, in person or by phone.",
                    "Staff at social-service desks turned people away or relied on children to interpret. Appointments took three times longer and decisions were appealed because applicants had not understood them.",
                    "The directorate trained 18 interpreters (Arabic, Farsi, Dari, Kurdish, Ukrainian) in confidentiality and public-service vocabulary. Desks book them through a shared calendar; a phone line covers short questions. Staff received a half-day course on working with an interpreter.",
                    "About 3,000 interpreted appointments a year. Appeals against social-assistance decisions by newcomers fell noticeably, and staff report shorter appointments.",
                    "Sofia", "BG", "AMIF",
                    "Any city can start with phone interpreting for two or three languages. The training of staff in working with interpreters mattered as much as the interpreters themselves.",
                    "Social Affairs Directorate – interpreting@sofia.example", List.of("interpretation", "social-assistance"),
                    List.of("https://www.sofia.bg/"))),
            new Demo("Harmanli", false, new PracticeContent("en",
                    "Bulgarian language clubs for children from the reception centre at the community centre",
                    "Weekly Bulgarian language and play clubs at the town's community centre (chitalishte) for children living in the reception centre, together with local children.",
                    "Children in the reception centre wait months before they can enrol in school and then struggle because they speak no Bulgarian; local and newcomer children rarely meet.",
                    "Volunteer teachers and the community centre's librarian run two afternoon clubs a week: songs, games and picture books in Bulgarian, with local children taking part. A bus brings the children from the reception centre.",
                    "First term: 35 children took part regularly; teachers at the two primary schools say the children who attended settle into class faster.",
                    "Harmanli", "BG", "AMIF",
                    "Fits small towns with a community centre; depends on volunteers and on transport from the reception centre.",
                    "Community centre New Life 1884 – clubs@harmanli.example", List.of("language-learning", "education", "culture-community"),
                    List.of())),
            new Demo("Bratislava", true, new PracticeContent("en",
                    "One-stop advice point for people under temporary protection",
                    "A city-run advice point where people who fled Ukraine get residence, health-insurance, school and job advice at one desk, with Ukrainian-speaking staff.",
                    "After February 2022 thousands of people arrived in Bratislava within weeks and had to visit the foreign police, the labour office, the health insurer and schools, each with its own queue and rules.",
                    "The city opened an advice point with the foreign police, the labour office and NGOs working side by side. Ukrainian-speaking staff check documents before people queue, book appointments and explain next steps; a daily information session covers the basics.",
                    "In the first year the advice point answered over 40,000 visits; waiting times at the foreign police fell because applications arrived complete.",
                    "Bratislava", "SK", "AMIF",
                    "The model of several authorities at one desk transfers to any large arrival; it needs agreements between the state offices and the city before the crisis, not during it.",
                    "City Hall, Social Affairs Department – pomoc@bratislava.example", List.of("legal-counselling", "information-orientation", "employment"),
                    List.of("https://bratislava.sk/"))),
            new Demo("Trnava", false, new PracticeContent("sk",
                    "Slovenčina pre rodičov na základných školách",
                    "Kurzy slovenčiny pre rodičov detí cudzincov priamo v škole, v čase keď deti majú krúžky.",
                    "Rodičia detí cudzincov nerozumejú oznamom školy a nezúčastňujú sa na triednych schôdzach; deti tlmočia rodičom aj dôverné veci.",
                    "Dve základné školy ponúkajú raz týždenne kurz slovenčiny pre rodičov, zameraný na školský život: žiacka knižka, ospravedlnenky, triedne schôdze. Lektorka je učiteľka školy.",
                    null,
                    "Trnava", "SK", "Erasmus+",
                    "Jednoduché zaviesť v každej škole s viac ako desiatimi deťmi cudzincov.",
                    "Odbor sociálnych vecí, mesto Trnava", List.of("language-learning", "family-childcare"),
                    List.of("https://www.trnava.sk/"))),
            new Demo("Banská Bystrica", true, new PracticeContent("en",
                    "Job mentors pairing newcomers with local employers",
                    "Volunteer mentors from local companies accompany newcomers for six months from the first CV to the end of the probation period.",
                    "Newcomers with work permits stayed unemployed for long periods: their qualifications were not recognised, and employers hesitated to hire people they could not interview in Slovak.",
                    "The city and the migrant centre recruited mentors among employees of local firms. Each mentor meets a newcomer every two weeks, helps with the CV and interviews, and stays in touch during the probation period. Employers can call the centre with questions about permits.",
                    "Of 60 mentored people, 38 found work within six months, most in manufacturing, logistics and care.",
                    "Banská Bystrica", "SK", "ESF+",
                    "Works best with employers that already face labour shortages; the permit hotline for employers was decisive.",
                    "Migrant Centre Banská Bystrica – mentori@banskabystrica.example", List.of("employment"),
                    List.of("https://www.banskabystrica.sk/"))),
            new Demo("Košice Self-Governing Region", true, new PracticeContent("en",
                    "A mobile psychosocial support team for the region's districts",
                    "A team of a psychologist, a social worker and an interpreter travels to the smaller towns of the region where no specialist help for refugees exists.",
                    "Many refugees live in small towns far from Košice, where there is no psychologist who speaks their language and travel to the city is costly.",
                    "The region funds a mobile team that holds open consultation days in town halls, group sessions for mothers and adolescents, and trains local social workers to recognise trauma and refer people.",
                    "Consultation days in eight towns; 400 people seen in a year, and 60 local social workers trained.",
                    "Košice", "SK", "Interreg",
                    "Suits rural regions; the training of local social workers keeps the effect after the team has moved on.",
                    "Košice Self-Governing Region, Social Affairs Department – psychosocial@kosice-region.example", List.of("mental-health", "women-children"),
                    List.of("https://web.vucke.sk/"))),
            new Demo("Plymouth", true, new PracticeContent("en",
                    "Welcome sessions and a welcome pack for resettled families",
                    "Families resettled to Plymouth receive a welcome pack in their language and join four short sessions on the city, health care, schools and money in their first month.",
                    "Resettled families arrived with many questions and no idea where to start; caseworkers answered the same basic questions family by family.",
                    "The council's community-connections team wrote a welcome pack (maps, GP registration, school admissions, bus passes, bin days) in Arabic, Kurdish and Farsi, and runs group welcome sessions with interpreters in a community hall. Caseworkers then focus on each family's particular needs.",
                    "Caseworkers spend noticeably less time on basic information; families say the sessions were where they first met other newcomers.",
                    "Plymouth", "GB", "UK resettlement schemes",
                    "Any city can adapt the pack; keep it short and print it — families keep the paper.",
                    "Community Connections, Plymouth City Council – welcome@plymouth.example", List.of("information-orientation", "housing", "health"),
                    List.of("https://www.plymouth.gov.uk/"))),
            new Demo("Plymouth", false, new PracticeContent("en",
                    "English conversation cafés in public libraries",
                    "Weekly informal English conversation cafés in three branch libraries, run by volunteers, open to anyone learning English.",
                    "Formal ESOL classes have waiting lists and learners have few chances to speak English outside class.",
                    "Library staff host a weekly café; volunteers lead small conversation tables by topic (shopping, the doctor, work). No registration is needed.",
                    null,
                    "Plymouth", "GB", null,
                    null,
                    "Plymouth Libraries", List.of("language-learning", "culture-community"),
                    List.of())),
            new Demo("Çanakkale", true, new PracticeContent("en",
                    "Women's health days with interpreters at the migrant health centre",
                    "Monthly women's health days at the migrant health centre, with female doctors, midwives and Arabic- and Farsi-speaking interpreters.",
                    "Many refugee women did not come for antenatal care, screening or family planning, because appointments were with male doctors and without interpreters.",
                    "On one day a month the centre sees only women: female staff, interpreters, childcare in the waiting room, and a group talk on a health topic. Appointments can be made through community volunteers.",
                    "Antenatal check-ups by refugee women at the centre doubled within a year.",
                    "Çanakkale", "TR", "EU Facility for Refugees in Turkey",
                    "Needs female health staff and interpreters on the same day; community volunteers who make the appointments are essential.",
                    "Çanakkale Migrant Health Centre – kadin-sagligi@canakkale.example", List.of("health", "women-children", "interpretation"),
                    List.of("https://www.canakkale.bel.tr/"))));

    @PersistenceContext
    private EntityManager em;

    void load(@Observes DemoDataLoading event) {
        Map<String, UUID> municipalities = event.directory().municipalities().stream()
                .collect(Collectors.toMap(MunicipalitySummary::name, MunicipalitySummary::id));
        int loaded = load(em, municipalities, Instant.now());
        LOG.info(() -> "Demo good practices loaded: " + loaded + ".");
    }

    /** Writes the demo practices with the given entity manager; answers how many. */
    static int load(EntityManager em, Map<String, UUID> municipalities, Instant now) {
        for (Demo demo : PRACTICES) {
            UUID municipality = municipalities.get(demo.municipality());
            if (municipality == null) {
                throw new IllegalStateException("Demo municipality " + demo.municipality() + " is missing");
            }
            Practice p = new Practice(id(demo.content().title()), municipality, demo.content());
            if (demo.published()) {
                p.publish(now);
            }
            em.persist(p);
        }
        em.flush();
        return PRACTICES.size();
    }

    static UUID id(String title) {
        return UUID.nameUUIDFromBytes(("convivio-demo:practice:" + title).getBytes(StandardCharsets.UTF_8));
    }
}
