package eu.convivio.launcher.system;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link a page shows leads somewhere the person who sees it may go: each demo role follows the
 * links of the pages it reaches (plain GETs, breadth first, the first pages of the site), and every
 * page must answer 200. Pages that showed links to pages refusing their reader (a strategy's copy
 * link for officers, a consultation report with nothing to report, other cities' courses to edit,
 * the card editor for provider editors) were found this way.
 */
@ExtendWith(SharedConvivio.class)
class PageLinksIT {

    /** Pages followed per role: enough to reach every kind of page from the menus. */
    private static final int PAGES = 150;
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");
    /** Not pages, or not followed: files, the API, sign-out, other languages of the same page. */
    private static final Pattern SKIP = Pattern.compile(
            "logout|/api/|/openapi|api-docs|jakarta\\.faces\\.resource|/webjars/|\\.(pdf|ics|csv|zip|js|css|png|svg)(\\?|$)"
                    + "|export|download|mailto:|javascript:");

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "sofia.officer", "sofia.trainer", "sofia.council", "sofia.staff", "ngo.editor",
            "kosice.trainer2"})
    void everyLinkARoleSeesLeadsToAPageItMayOpen(String user, LaunchedConvivio app) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (!user.isEmpty()) {
            signIn(http, app, user);
        }
        Map<String, String> foundOn = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        foundOn.put("/", "(start)");
        List<String> broken = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES) {
            String path = queue.poll();
            visited++;
            HttpResponse<String> page = get(http, app.uri(path));
            if (page.statusCode() != 200) {
                broken.add(page.statusCode() + " " + path + " (linked from " + foundOn.get(path) + ")");
                continue;
            }
            Matcher links = HREF.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith("/") || link.startsWith("//") || SKIP.matcher(link).find()) {
                    continue;
                }
                link = link.replaceAll("[?&]lang=\\w+$", "");
                if (foundOn.putIfAbsent(link, path) == null) {
                    queue.add(link);
                }
            }
        }
        assertThat(visited).as("pages reached as %s", user.isEmpty() ? "a visitor" : user).isGreaterThan(20);
        assertThat(broken).as("links that %s sees but may not follow", user.isEmpty() ? "a visitor" : user).isEmpty();
    }

    /** Signs in through the login form, as a browser does (its view state, then the session cookie). */
    private static void signIn(HttpClient http, LaunchedConvivio app, String user) throws Exception {
        HttpResponse<String> form = get(http, app.uri("/login.xhtml"));
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).as("the login form's view state").isTrue();
        String body = "login=login&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&signin=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(app.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", app.uri("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = get(http, app.uri("/"));
        assertThat(home.body()).as("signed in as %s (login answered %d)", user, signedIn.statusCode()).contains("id=\"logout\"");
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
