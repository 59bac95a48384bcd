package eu.convivio.strategy.application;

import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.infrastructure.StrategyPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/** Versions as documents: the PDF of a version, with headings in the reader's interface language. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StrategyPublishing {

    /** The interface languages; anything else prints in English. */
    public static final Set<String> LANGUAGES = Set.of("en", "sk", "el", "bg");

    public static final String BUNDLE = "eu.convivio.strategy.ui.strategy";

    @Inject
    private StrategyReading reading;

    /** The PDF of a version the reader may see. */
    public byte[] pdf(UUID versionId, String language) {
        StrategyVersion v = reading.version(versionId);
        VersionContents contents = reading.contents(v);
        ResourceBundle texts = texts(language);
        return StrategyPdf.render(contents, reading.municipalityName(v.getStrategy().getMunicipalityId()),
                key -> label(texts, key));
    }

    public static ResourceBundle texts(String language) {
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String label(ResourceBundle texts, String key) {
        try {
            return texts.getString("pdf." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
