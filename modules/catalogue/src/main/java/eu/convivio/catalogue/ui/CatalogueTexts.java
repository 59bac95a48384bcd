package eu.convivio.catalogue.ui;



/**
 * Texts of the catalogue's interface bundles ({@code portal}, {@code editor}, {@code library},
 * {@code transfer}; see faces-config.xml) in the page's language, with their arguments filled in.
 * A key missing from a bundle shows as itself, which the bundle tests catch before a user does.
 */
final class CatalogueTexts {

    private CatalogueTexts() {
    }

    static String text(String bundleName, String key, Object... arguments) {
        return eu.convivio.platform.api.Pages.text(bundleName, key, arguments);
    }
}
