package eu.convivio.catalogue.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the portal's maps get their tiles and which Leaflet the pages load. The tile server is
 * configurable because OpenStreetMap's own servers are for light use only; a city with its own
 * tile server sets {@code convivio.map.tiles-url} to it, or to {@code none} to load no tiles at
 * all (the maps then show markers on a blank ground; the lists beside them carry the same facts).
 */
@Named
@ApplicationScoped
public class PortalMap {

    @Inject
    @ConfigProperty(name = "convivio.map.tiles-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tilesUrl;

    @Inject
    @ConfigProperty(name = "convivio.map.attribution",
            defaultValue = "© OpenStreetMap contributors (https://www.openstreetmap.org/copyright)")
    String attribution;

    private String leafletVersion;

    @PostConstruct
    void readLeafletVersion() {
        // the WebJar's own metadata: the pages follow whatever version the build packaged
        try (InputStream in = PortalMap.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Leaflet WebJar is not packaged with the application");
            }
            Properties properties = new Properties();
            properties.load(in);
            leafletVersion = properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when no tiles are to be loaded. */
    public String getTilesUrl() {
        return tilesUrl == null || tilesUrl.isBlank() || "none".equalsIgnoreCase(tilesUrl.strip()) ? "" : tilesUrl.strip();
    }

    public String getAttribution() {
        return attribution;
    }

    /** Path of the Leaflet WebJar's files under the context root, without a trailing slash. */
    public String getLeafletPath() {
        return "/webjars/leaflet/" + leafletVersion + "/dist";
    }
}
