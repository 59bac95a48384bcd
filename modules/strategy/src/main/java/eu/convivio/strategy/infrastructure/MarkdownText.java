package eu.convivio.strategy.infrastructure;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Section text written in Markdown, turned into HTML that is safe to put in a page: raw HTML in the
 * text is escaped (shown as typed, never interpreted), and a link or image whose address is not
 * http, https, mailto or relative loses its address (so {@code javascript:} links do nothing).
 * Headings are not recognised: the page gives each section its heading, and a heading inside the
 * text would break the page's outline for screen readers. The output is well-formed XHTML, as the
 * PDF renderer needs.
 */
public final class MarkdownText {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class,
                    ListBlock.class, ThematicBreak.class))
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SafeAddresses())
            .build();

    private MarkdownText() {
    }

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Keeps web, mail and relative addresses; anything else becomes an empty address. */
    static final class SafeAddresses implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            // images only from the web: no data: or file: addresses
            return safe(url) && !url.toLowerCase(Locale.ROOT).startsWith("mailto:") ? url : "";
        }

        static boolean safe(String url) {
            if (url == null) {
                return false;
            }
            // browsers ignore control characters and spaces inside a scheme ("java\tscript:")
            String compact = url.replaceAll("[\\p{Cntrl}\\s]", "");
            try {
                String scheme = URI.create(compact.replace(" ", "%20")).getScheme();
                return scheme == null ? !compact.contains(":") || compact.indexOf(':') > compact.indexOf('/') && compact.indexOf('/') >= 0
                        : SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
