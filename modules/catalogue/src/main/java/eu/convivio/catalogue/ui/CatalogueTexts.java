package eu.convivio.catalogue.ui;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the catalogue's interface bundles ({@code portal}, {@code editor}, {@code library},
 * {@code transfer}; see faces-config.xml) in the page's language, with their arguments filled in.
 * A key missing from a bundle shows as itself, which the bundle tests catch before a user does.
 */
final class CatalogueTexts {

    private CatalogueTexts() {
    }

    static String text(String bundleName, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, bundleName);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }
}
