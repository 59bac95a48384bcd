package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.infrastructure.TransferTable.Rule;
import eu.convivio.catalogue.infrastructure.TransferTable.Type;

import java.util.List;
import java.util.Optional;

import static eu.convivio.catalogue.infrastructure.TransferTable.column;
import static eu.convivio.catalogue.infrastructure.TransferTable.exactlyOne;
import static eu.convivio.catalogue.infrastructure.TransferTable.id;
import static eu.convivio.catalogue.infrastructure.TransferTable.text;
import static eu.convivio.catalogue.infrastructure.TransferTable.uuid;

/**
 * The tables of the HSDS 3 tabular data package that Convivio reads and writes, with HSDS's file
 * and column names, in an order where every table comes after the tables it refers to, plus
 * Convivio's two extensions (translations and eligibility). The constraints mirror V7.
 */
public final class HsdsTables {

    private HsdsTables() {
    }

    private static final String CONFIDENTIAL_LOCATIONS = "(SELECT x.id FROM catalogue.location x WHERE x.confidential)";
    private static final String CONFIDENTIAL_SERVICE_AT_LOCATIONS = "(SELECT y.id FROM catalogue.service_at_location y"
            + " WHERE y.location_id IN " + CONFIDENTIAL_LOCATIONS + ")";
    private static final String CONFIDENTIAL_CONTACTS = "(SELECT c.id FROM catalogue.contact c WHERE c.location_id IN "
            + CONFIDENTIAL_LOCATIONS + " OR c.service_at_location_id IN " + CONFIDENTIAL_SERVICE_AT_LOCATIONS + ")";
    private static final String CONFIDENTIAL_PHONES = "(SELECT p.id FROM catalogue.phone p WHERE p.location_id IN "
            + CONFIDENTIAL_LOCATIONS + " OR p.service_at_location_id IN " + CONFIDENTIAL_SERVICE_AT_LOCATIONS
            + " OR p.contact_id IN " + CONFIDENTIAL_CONTACTS + ")";

    private static String notIn(String column, String confidential) {
        return "(t." + column + " IS NULL OR t." + column + " NOT IN " + confidential + ")";
    }

    private static final String PUBLIC_LOCATION = notIn("location_id", CONFIDENTIAL_LOCATIONS);
    private static final String PUBLIC_SERVICE_AT_LOCATION = notIn("service_at_location_id", CONFIDENTIAL_SERVICE_AT_LOCATIONS);

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";
    private static final String URL = "^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$";
    private static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private static TransferTable.Column email(String name) {
        return text(name).max(254).matching(EMAIL, "an e-mail address");
    }

    private static TransferTable.Column url(String name) {
        return text(name).max(2000).matching(URL, "an absolute URL");
    }

    private static Rule ordered(String from, String to, String type) {
        return new Rule(to, to + " must not be before " + from, "s." + from + " IS NOT NULL AND s." + to + " IS NOT NULL"
                + " AND pg_input_is_valid(s." + from + ", '" + type + "') AND pg_input_is_valid(s." + to + ", '" + type + "')"
                + " AND CAST(s." + from + " AS " + type + ") > CAST(s." + to + " AS " + type + ")");
    }

    public static final List<TransferTable> ALL = List.of(
            new TransferTable("organization", "organizations.csv",
                    "The organizations that deliver services",
                    List.of(id(), text("name").mandatory().max(300), text("alternate_name").max(300),
                            text("description").mandatory(), email("email"), url("website"), text("tax_id").max(64),
                            column("year_incorporated", Type.INTEGER).between("1800", "2100"),
                            text("legal_status").max(200), url("logo"), url("uri"),
                            uuid("parent_organization_id").refersTo("organization")),
                    List.of(new Rule("parent_organization_id", "an organization cannot be its own parent",
                            "s.parent_organization_id = s.id")),
                    "true", null, false),
            new TransferTable("program", "programs.csv",
                    "Collections of related services",
                    List.of(id(), uuid("organization_id").mandatory().refersTo("organization"),
                            text("name").mandatory().max(300), text("alternate_name").max(300), text("description").mandatory()),
                    List.of(), "true", null, false),
            new TransferTable("service", "services.csv",
                    "The services organizations provide; language is Convivio's: the BCP 47 tag name and description are written in",
                    List.of(id(), uuid("organization_id").mandatory().refersTo("organization"),
                            uuid("program_id").refersTo("program"),
                            text("name").mandatory().max(300).matching("\\S", "not only blanks"), text("alternate_name").max(300),
                            text("description"), url("url"), email("email"),
                            text("status").mandatory().oneOf("active", "inactive", "defunct", "temporarily closed"),
                            text("interpretation_services"), text("application_process"), text("fees_description"),
                            text("eligibility_description"),
                            column("minimum_age", Type.INTEGER).between("0", "130"),
                            column("maximum_age", Type.INTEGER).between("0", "130"),
                            column("assured_date", Type.DATE), email("assurer_email"), text("alert"),
                            text("language").max(35).matching(LANGUAGE_TAG, "a BCP 47 language tag such as en or sk").orElse("'en'")),
                    List.of(new Rule("maximum_age", "maximum_age must not be below minimum_age",
                            "pg_input_is_valid(s.minimum_age, 'integer') AND pg_input_is_valid(s.maximum_age, 'integer')"
                                    + " AND CAST(s.minimum_age AS integer) > CAST(s.maximum_age AS integer)")),
                    "true", null, false),
            new TransferTable("location", "locations.csv",
                    "Public locations where services are delivered (confidential ones are never exported)",
                    List.of(id(), text("location_type").mandatory().oneOf("physical", "postal", "virtual"), url("url"),
                            uuid("organization_id").refersTo("organization"), text("name").max(300),
                            text("alternate_name").max(300), text("description"), text("transportation"),
                            column("latitude", Type.NUMBER).between("-90", "90"),
                            column("longitude", Type.NUMBER).between("-180", "180")),
                    List.of(new Rule("longitude", "latitude and longitude come together or not at all",
                                    "(s.latitude IS NULL) <> (s.longitude IS NULL)"),
                            new Rule("url", "a virtual location needs a url", "s.location_type = 'virtual' AND s.url IS NULL")),
                    "NOT t.confidential", null, false),
            new TransferTable("service_at_location", "service_at_locations.csv",
                    "Which service is delivered at which location",
                    List.of(id(), uuid("service_id").mandatory().refersTo("service"),
                            uuid("location_id").mandatory().refersTo("location"), text("description")),
                    List.of(), PUBLIC_LOCATION, "service_id", false),
            new TransferTable("address", "addresses.csv",
                    "Addresses of locations; country is an ISO 3166-1 alpha-2 code",
                    List.of(id(), uuid("location_id").mandatory().refersTo("location"), text("attention").max(300),
                            text("address_1").mandatory().max(300), text("address_2").max(300),
                            text("city").mandatory().max(200), text("region").max(200), text("state_province").max(200),
                            text("postal_code").max(20),
                            text("country").mandatory().matching("^[A-Z]{2}$", "an ISO 3166-1 alpha-2 country code such as SK"),
                            text("address_type").mandatory().oneOf("physical", "postal", "virtual")),
                    List.of(), PUBLIC_LOCATION, "location_id", false),
            new TransferTable("contact", "contacts.csv",
                    "Named contacts of organizations, services and locations",
                    List.of(id(), uuid("organization_id").refersTo("organization"), uuid("service_id").refersTo("service"),
                            uuid("service_at_location_id").refersTo("service_at_location"),
                            uuid("location_id").refersTo("location"), text("name").max(200), text("title").max(200),
                            text("department").max(200), email("email")),
                    List.of(exactlyOne("organization_id", "service_id", "service_at_location_id", "location_id")),
                    PUBLIC_LOCATION + " AND " + PUBLIC_SERVICE_AT_LOCATION, "service_id,location_id", false),
            new TransferTable("phone", "phones.csv",
                    "Telephone numbers",
                    List.of(id(), uuid("location_id").refersTo("location"), uuid("service_id").refersTo("service"),
                            uuid("organization_id").refersTo("organization"), uuid("contact_id").refersTo("contact"),
                            uuid("service_at_location_id").refersTo("service_at_location"),
                            text("number").mandatory().max(50).matching("^[+0-9 ()./-]{3,50}$", "a telephone number (digits, spaces, + ( ) . / -)"),
                            text("extension").max(20),
                            text("type").oneOf("text", "voice", "fax", "cell", "video", "pager", "textphone"),
                            text("description")),
                    List.of(exactlyOne("location_id", "service_id", "organization_id", "contact_id", "service_at_location_id")),
                    PUBLIC_LOCATION + " AND " + PUBLIC_SERVICE_AT_LOCATION + " AND " + notIn("contact_id", CONFIDENTIAL_CONTACTS),
                    "service_id,location_id", false),
            new TransferTable("schedule", "schedules.csv",
                    "Opening hours as RFC 5545 recurrence parts",
                    List.of(id(), uuid("service_id").refersTo("service"), uuid("location_id").refersTo("location"),
                            uuid("service_at_location_id").refersTo("service_at_location"),
                            column("valid_from", Type.DATE), column("valid_to", Type.DATE), column("dtstart", Type.DATE),
                            text("timezone").max(64), column("until", Type.DATE),
                            column("count", Type.INTEGER).between("1", null),
                            text("wkst").oneOf("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
                            text("freq").oneOf("WEEKLY", "MONTHLY"),
                            column("interval", Type.INTEGER).between("1", null),
                            text("byday").max(100).matching("^([+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))*$",
                                    "RFC 5545 days such as MO,TU or 1MO"),
                            text("byweekno").max(100), text("bymonthday").max(100), text("byyearday").max(100),
                            text("description"), column("opens_at", Type.TIME), column("closes_at", Type.TIME),
                            url("schedule_link"), text("attending_type").max(100), text("notes")),
                    List.of(exactlyOne("service_id", "location_id", "service_at_location_id"),
                            ordered("valid_from", "valid_to", "date"),
                            new Rule("closes_at", "closes_at must be after opens_at", "s.opens_at IS NOT NULL AND s.closes_at IS NOT NULL"
                                    + " AND pg_input_is_valid(s.opens_at, 'time') AND pg_input_is_valid(s.closes_at, 'time')"
                                    + " AND CAST(s.opens_at AS time) >= CAST(s.closes_at AS time)")),
                    PUBLIC_LOCATION + " AND " + PUBLIC_SERVICE_AT_LOCATION, "service_id,location_id", false),
            new TransferTable("language", "languages.csv",
                    "Languages a service is offered in or staff at a location speak; code is ISO 639",
                    List.of(id(), uuid("service_id").refersTo("service"), uuid("location_id").refersTo("location"),
                            uuid("phone_id").refersTo("phone"), text("name").max(100),
                            text("code").mandatory().matching("^[a-z]{2,3}$", "an ISO 639 language code such as uk or ar"),
                            text("note")),
                    List.of(exactlyOne("service_id", "location_id", "phone_id")),
                    PUBLIC_LOCATION + " AND " + notIn("phone_id", CONFIDENTIAL_PHONES), "service_id,location_id", false),
            new TransferTable("service_area", "service_areas.csv",
                    "Areas a service is available in; municipality_id is Convivio's: the municipality the area is",
                    List.of(id(), uuid("service_id").mandatory().refersTo("service"), text("name").mandatory().max(300),
                            text("description"), text("extent"),
                            text("extent_type").oneOf("geojson", "topojson", "kml", "text"), url("uri"),
                            uuid("municipality_id")),
                    List.of(), "true", "service_id", false),
            new TransferTable("required_document", "required_documents.csv",
                    "Documents people need to bring",
                    List.of(id(), uuid("service_id").mandatory().refersTo("service"), text("document").mandatory(), url("uri")),
                    List.of(), "true", "service_id", false),
            new TransferTable("cost_option", "cost_options.csv",
                    "Costs of a service; currency is an ISO 4217 code",
                    List.of(id(), uuid("service_id").mandatory().refersTo("service"), column("valid_from", Type.DATE),
                            column("valid_to", Type.DATE), text("option"),
                            text("currency").matching("^[A-Z]{3}$", "an ISO 4217 currency code such as EUR"),
                            column("amount", Type.NUMBER).between("0", "9999999999.99"), text("amount_description")),
                    List.of(new Rule("currency", "an amount needs a currency", "s.amount IS NOT NULL AND s.currency IS NULL"),
                            ordered("valid_from", "valid_to", "date")),
                    "true", "service_id", false),
            new TransferTable("funding", "funding.csv",
                    "Sources of funding of a service or organization",
                    List.of(id(), uuid("organization_id").refersTo("organization"), uuid("service_id").refersTo("service"),
                            text("source").mandatory()),
                    List.of(exactlyOne("organization_id", "service_id")), "true", "service_id", false),
            new TransferTable("accessibility", "accessibility.csv",
                    "Arrangements for access to locations for people who have disabilities",
                    List.of(id(), uuid("location_id").mandatory().refersTo("location"), text("description"), text("details"),
                            url("url")),
                    List.of(), PUBLIC_LOCATION, "location_id", false),
            new TransferTable("taxonomy", "taxonomies.csv",
                    "Taxonomies whose terms classify services",
                    List.of(id(), text("name").mandatory().max(200), text("description").mandatory(), url("uri"),
                            text("version").max(50)),
                    List.of(), "true", null, false),
            new TransferTable("taxonomy_term", "taxonomy_terms.csv",
                    "Terms of the taxonomies",
                    List.of(id(), text("code").max(100), text("name").mandatory().max(300), text("description").mandatory(),
                            uuid("parent_id").refersTo("taxonomy_term"), text("taxonomy").max(200),
                            uuid("taxonomy_id").refersTo("taxonomy"),
                            text("language").max(35).matching(LANGUAGE_TAG, "a BCP 47 language tag"), url("term_uri")),
                    List.of(new Rule("parent_id", "a term cannot be its own parent", "s.parent_id = s.id")),
                    "true", null, false),
            new TransferTable("attribute", "attributes.csv",
                    "Links from taxonomy terms to the services, organizations and locations they describe",
                    List.of(id(), uuid("link_id").mandatory(), text("link_type").max(100),
                            text("link_entity").mandatory().oneOf("service", "organization", "location", "service_at_location"),
                            uuid("taxonomy_term_id").mandatory().refersTo("taxonomy_term"), text("value"), text("label").max(300)),
                    List.of(),
                    "NOT (t.link_entity = 'location' AND t.link_id IN " + CONFIDENTIAL_LOCATIONS + ")"
                            + " AND NOT (t.link_entity = 'service_at_location' AND t.link_id IN " + CONFIDENTIAL_SERVICE_AT_LOCATIONS + ")",
                    null, false),
            new TransferTable("translation", "translations.csv",
                    "Convivio extension: a field of an organization, service, location or taxonomy term in another language (BCP 47)",
                    List.of(id(), text("entity_type").mandatory().oneOf("organization", "service", "location", "taxonomy_term"),
                            uuid("entity_id").mandatory(),
                            text("field").mandatory().oneOf("name", "alternate_name", "description", "application_process",
                                    "fees_description", "eligibility_description", "interpretation_services", "alert"),
                            text("language").mandatory().max(35).matching(LANGUAGE_TAG, "a BCP 47 language tag such as bg or uk-UA"),
                            text("text").mandatory().matching("\\S", "not only blanks"),
                            column("reviewed", Type.BOOLEAN).orElse("false")),
                    List.of(),
                    "NOT (t.entity_type = 'location' AND t.entity_id IN " + CONFIDENTIAL_LOCATIONS + ")", null, true),
            new TransferTable("service_eligibility", "eligibility.csv",
                    "Convivio extension: who a service is for, by residence status and gender; no row means everyone",
                    List.of(id(), uuid("service_id").mandatory().refersTo("service"),
                            text("residence_status").oneOf("asylum_seeker", "international_protection", "subsidiary_protection",
                                    "temporary_protection", "family_reunification", "residence_permit", "undocumented"),
                            text("gender").oneOf("female", "male", "non_binary")),
                    List.of(new Rule("residence_status", "residence_status or gender must be given",
                            "s.residence_status IS NULL AND s.gender IS NULL")),
                    "true", "service_id", true));

    public static Optional<TransferTable> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static Optional<TransferTable> byFile(String file) {
        return ALL.stream().filter(t -> t.file().equals(file)).findFirst();
    }
}
