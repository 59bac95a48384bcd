package eu.convivio.app.incontainer;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.TenantAdministration;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real WAR on Payara Micro (one deployment, one JVM for every scenario here): the security
 * wiring from bearer token to current user and roles, container transactions around the audit
 * trail, and the audit entry's author. The database is an embedded PostgreSQL in the test JVM
 * (DatabaseForPayara); the application migrates it and loads the demo data at deployment.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformInContainerIT {

    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(cvo_[^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File war = new File(System.getProperty("convivio.war", "target/convivio.war"));
        File assertj = new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(PlatformInContainerIT.class, Registrations.class, Registrations.Inside.class)
                .addAsLibraries(assertj);
    }

    @Inject
    private Registrations registrations;

    /** The deployment's address, for the client-side tests (injected per method: in the container there is none). */
    private URL base;

    // --- security wiring, seen from a client ---

    @Test
    @RunAsClient
    void aBearerTokenBecomesTheCurrentUserWithTheirRoles(@ArquillianResource URL base) throws Exception {
        this.base = base;
        String officer = token("bratislava.officer");

        HttpResponse<String> me = send(request("api/me", officer).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"bratislava.officer\"").contains("\"role\":\"OFFICER\"");

        // an officer holds no role that account administration allows
        HttpResponse<String> accounts = send(request("api/accounts", officer).GET());
        assertThat(accounts.statusCode()).isEqualTo(403);
        assertThat(accounts.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        assertThat(send(request("api/me", null).GET()).statusCode()).as("no token").isEqualTo(401);
        assertThat(send(request("api/me", "cvo_forged").GET()).statusCode()).as("a forged token").isEqualTo(401);
    }

    @Test
    @RunAsClient
    void theAuditEntryNamesTheUserBehindTheToken(@ArquillianResource URL base) throws Exception {
        this.base = base;
        String cityAdmin = token("bratislava.admin");
        String municipality = firstId(send(request("api/me", cityAdmin).GET()).body(), "municipalityId");
        String name = "Audited " + UUID.randomUUID();

        HttpResponse<String> created = send(request("api/municipalities/" + municipality + "/departments", cityAdmin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();

        HttpResponse<String> log = send(request("api/audit?entityType=Department&entityId=" + id.group(1), token("admin")).GET());
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("\"actor\":\"bratislava.admin\"").contains("\"action\":\"CREATE\"")
                .contains("\"total\":1").contains(name);
    }

    // --- container transactions, inside Payara ---

    @Test
    void theAuditEntryIsWrittenInTheChangingTransactionAndRolledBackWithIt() {
        UUID municipality = registrations.anyMunicipality();

        Registrations.Inside inside = registrations.addDepartmentAndRollBack(municipality, "Rolled back " + UUID.randomUUID());

        assertThat(inside.auditRows()).as("seen inside the transaction").isEqualTo(1);
        assertThat(inside.actor()).as("no user signed in to this call").isEqualTo("system");
        assertThat(registrations.auditRowsOf(inside.departmentId())).as("after the rollback").isZero();
    }

    @Test
    void aUseCaseThatFailsValidationLeavesNothingStoredAndNothingAudited() {
        UUID municipality = registrations.anyMunicipality();
        String name = "Never stored " + UUID.randomUUID();
        var invalid = new TenantAdministration.MunicipalityForm("", "Slovakia", MunicipalityKind.MUNICIPALITY, null, "sk", "Europe/Bratislava");

        assertThatThrownBy(() -> registrations.addDepartmentThenValidate(municipality, name, invalid))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("name", "country"));

        assertThat(registrations.departmentsNamed(name)).isZero();
        assertThat(registrations.auditRowsMentioning(name)).isZero();
    }

    private String token(String username) throws Exception {
        HttpResponse<String> issued = send(request("api/tokens", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"convivio-demo-2026\",\"name\":\"in-container test\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher secret = SECRET.matcher(issued.body());
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    private HttpRequest.Builder request(String path, String token) throws URISyntaxException {
        // the connector reports the machine's own address; the requests stay on the loopback interface
        URI root = new URI("http", null, "localhost", base.getPort(), base.getPath().replaceAll("/+$", "") + "/", null, null);
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstId(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return m.group(1);
    }
}
