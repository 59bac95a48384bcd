package eu.convivio.strategy.domain;

import java.util.List;
import java.util.Optional;

/**
 * Outlines a new strategy can start from: sections (with subsections) named after the areas of
 * an international framework, each with guidance on what it should say. The guidance is shown
 * to the people drafting and is not published.
 */
public record StrategyTemplate(String code, String name, String source, List<Part> parts) {

    /** A section of the outline with its subsections. */
    public record Part(String heading, String guidance, List<Part> subsections) {
        static Part of(String heading, String guidance, Part... subsections) {
            return new Part(heading, guidance, List.of(subsections));
        }
    }

    /**
     * The OECD "Checklist for local action for migrant and refugee integration" (OECD 2018,
     * Working Together for Local Integration of Migrants and Refugees): twelve objectives in four blocks.
     */
    public static final StrategyTemplate OECD_CHECKLIST = new StrategyTemplate("oecd-checklist",
            "OECD checklist for local integration",
            "OECD (2018), Working Together for Local Integration of Migrants and Refugees, OECD Publishing, Paris",
            List.of(
                    Part.of("Introduction and local context",
                            "Who lives in the municipality, how migration has changed it, what the strategy covers and for which period, and how it was prepared."),
                    Part.of("Multi-level governance",
                            "Institutional and financial settings: how the municipality works with the regional and national levels.",
                            Part.of("Coordination between levels of government",
                                    "Objective 1: make integration policy more effective through vertical coordination and implementation at the relevant scale. Who decides what, and how the municipality takes part."),
                            Part.of("Policy coherence across sectors",
                                    "Objective 2: address the many needs of migrants in a coherent way across departments (housing, health, education, employment, social services)."),
                            Part.of("Financial resources",
                                    "Objective 3: secure access to and effective use of funding (municipal budget, national programmes, AMIF, ESF+, Erasmus+) for the responsibilities the municipality holds.")),
                    Part.of("Time and space",
                            "The key elements for migrants and host communities to live together effectively.",
                            Part.of("Integration over time and status",
                                    "Objective 4: design measures for the whole of a migrant's life in the municipality: arrival, changes of status, the second generation."),
                            Part.of("Spaces for interaction",
                                    "Objective 5: create places and occasions where newcomers and long-term residents meet (public space, neighbourhoods, culture, sport); avoid segregation.")),
                    Part.of("Local capacity and implementation",
                            "Local capacity and implementation of integration policies.",
                            Part.of("Capacity and diversity of the civil service",
                                    "Objective 6: train staff in front-line services, recruit a diverse workforce, make services accessible in the languages people speak."),
                            Part.of("Cooperation with non-state stakeholders",
                                    "Objective 7: work with NGOs, migrant organisations, employers and unions; say how they take part and how the work is funded transparently."),
                            Part.of("Assessment of integration outcomes",
                                    "Objective 8: collect data, set indicators with baselines and targets, evaluate measures and report publicly.")),
                    Part.of("Sectoral policies",
                            "Sectoral policies related to integration.",
                            Part.of("Employment and skills",
                                    "Objective 9: match migrants' skills with jobs: recognition of qualifications, language for work, entrepreneurship."),
                            Part.of("Housing",
                                    "Objective 10: secure access to adequate housing and prevent discrimination on the housing market."),
                            Part.of("Social welfare and health",
                                    "Objective 11: make social welfare and health services reach migrants and align them with inclusion."),
                            Part.of("Education",
                                    "Objective 12: address segregation in schools and give equal opportunities from early childhood to adult education.")),
                    Part.of("Implementation, monitoring and review",
                            "Who carries out each measure, the timetable and budget, how progress is measured and when the strategy is reviewed.")));

    /** The areas of the Council of Europe's Intercultural Cities (ICC) index. */
    public static final StrategyTemplate INTERCULTURAL_CITIES = new StrategyTemplate("intercultural-cities",
            "Intercultural Cities index",
            "Council of Europe, Intercultural Cities Index",
            List.of(
                    Part.of("Commitment",
                            "How the city has formally committed to intercultural integration: council decisions, a public statement, a body responsible for the strategy."),
                    Part.of("Education",
                            "Diversity in schools (pupils and teachers), involvement of parents with a migrant background, intercultural projects, avoiding segregation between schools."),
                    Part.of("Neighbourhoods",
                            "Mixing of residents across neighbourhoods, projects that bring people of different backgrounds together where they live."),
                    Part.of("Public services",
                            "Whether the city's staff reflect its population, services adapted to residents' backgrounds (language, diet, burial, health), recruitment of migrants."),
                    Part.of("Business and the labour market",
                            "Support for migrant entrepreneurs, anti-discrimination in hiring, diverse suppliers in public procurement."),
                    Part.of("Cultural and civil life",
                            "Diversity in the city's cultural programme, grants to intercultural activities, debates on diversity and identity."),
                    Part.of("Public space",
                            "Design and management of squares, parks, libraries and other public places so that everyone uses them and feels safe there."),
                    Part.of("Mediation and conflict resolution",
                            "Professional intercultural mediation, its reach (neighbourhoods, schools, hospitals, police) and inter-religious dialogue."),
                    Part.of("Language",
                            "Teaching the local language to newcomers, support for migrants' own languages, multilingual information from the city."),
                    Part.of("Media and communication",
                            "How the city communicates about diversity, its work with local media, and responses to negative reporting."),
                    Part.of("International outlook",
                            "Economic, cultural and academic ties with migrants' countries of origin; international students and partnerships."),
                    Part.of("Intercultural intelligence and competence",
                            "Data and surveys on residents' perceptions, training of staff in intercultural competence, use of evidence in decisions."),
                    Part.of("Welcoming newcomers",
                            "A welcome desk or package, information in many languages, a public welcome, support to families and students arriving."),
                    Part.of("Leadership and citizenship",
                            "Voting rights and participation of foreign residents, migrants on boards and in elected bodies, a consultative body."),
                    Part.of("Anti-discrimination",
                            "Monitoring of discrimination, an office or procedure for complaints, awareness campaigns, the city as an example."),
                    Part.of("Participation",
                            "How residents of every background take part in drafting and carrying out the city's policies."),
                    Part.of("Interaction",
                            "Occasions for residents of different backgrounds to meet and work together: sport, volunteering, festivals, associations.")));

    public static List<StrategyTemplate> all() {
        return List.of(OECD_CHECKLIST, INTERCULTURAL_CITIES);
    }

    public static Optional<StrategyTemplate> byCode(String code) {
        return all().stream().filter(t -> t.code.equals(code)).findFirst();
    }
}
