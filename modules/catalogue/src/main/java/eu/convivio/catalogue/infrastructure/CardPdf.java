package eu.convivio.catalogue.infrastructure;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Prints a communication card as an A4 PDF with two languages side by side, in large type.
 * openhtmltopdf lays out an XHTML page; ICU4J splits the text into direction runs, shapes Arabic
 * and Persian letters (initial, medial, final forms) and reorders right-to-left runs. The DejaVu
 * Sans fonts are embedded (subset): they cover Latin, Greek, Cyrillic and the Arabic script with
 * the letters Persian adds.
 */
public final class CardPdf {

    /** Languages written right to left, among those cards come in. */
    public static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private CardPdf() {
    }

    /** The card in {@code from} and {@code to}; both must be among {@link Card#languages()}. */
    public static byte[] render(Card card, String from, String to, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new PersianShapingReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.withProducer("Convivio");
        builder.withHtmlContent(html(card, from, to, footer), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(Card card, String from, String to, String footer) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html><html lang=\"").append(from).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(card.title(from).orElseThrow().text())).append(" / ")
                .append(escape(card.title(to).orElseThrow().text())).append("</title><style>")
                .append("@page { size: A4; margin: 14mm 12mm 16mm 12mm;")
                .append(" @bottom-center { content: element(footer); } }")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 17pt; line-height: 1.3; color: #000; }")
                .append("h1 { font-size: 24pt; margin: 0 0 6mm 0; border-bottom: 2pt solid #000; padding-bottom: 2mm; }")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; }")
                .append("tr { page-break-inside: avoid; }")
                .append("td { width: 50%; vertical-align: top; padding: 3mm 3mm; border: 1pt solid #555; }")
                .append("td.rtl { direction: rtl; text-align: right; }")
                .append("tr.ask td { font-weight: bold; background-color: #eeeeee; }")
                .append("tr.answer td { font-size: 16pt; padding-left: 8mm; }")
                .append("tr.answer td.rtl { padding-left: 3mm; padding-right: 8mm; }")
                .append("h1 span { display: inline-block; width: 49%; }")
                .append("h1 span.rtl { direction: rtl; text-align: right; }")
                .append("#footer { position: running(footer); font-size: 8pt; color: #333; }")
                .append("</style></head><body>");
        h.append("<div id=\"footer\">").append(escape(footer)).append("</div>");
        h.append("<h1>").append(span(card.title(from).orElseThrow().text(), from)).append(' ')
                .append(span(card.title(to).orElseThrow().text(), to)).append("</h1>");
        h.append("<table>");
        for (CardPhrase phrase : card.phrases()) {
            row(h, phrase, from, to);
            for (CardPhrase answer : phrase.answers()) {
                row(h, answer, from, to);
            }
        }
        h.append("</table></body></html>");
        return h.toString();
    }

    private static void row(StringBuilder h, CardPhrase phrase, String from, String to) {
        h.append("<tr class=\"").append(phrase.kind()).append("\">");
        cell(h, phrase, from);
        cell(h, phrase, to);
        h.append("</tr>");
    }

    private static void cell(StringBuilder h, CardPhrase phrase, String language) {
        boolean rtl = RIGHT_TO_LEFT.contains(language);
        h.append("<td lang=\"").append(language).append('"');
        if (rtl) {
            h.append(" dir=\"rtl\" class=\"rtl\"");
        }
        h.append('>');
        h.append(escape(printable(phrase.in(language).orElseThrow().text(), rtl))).append("</td>");
    }

    private static String span(String text, String language) {
        boolean rtl = RIGHT_TO_LEFT.contains(language);
        return "<span lang=\"" + language + "\"" + (rtl ? " dir=\"rtl\" class=\"rtl\"" : "") + ">" + escape(printable(text, rtl)) + "</span>";
    }

    /**
     * Arabic-script text without its optional vowel marks (tanwin, fatha, shadda ...). The layout
     * engine has no mark positioning, so a mark would print as a separate glyph beside its letter;
     * everyday Arabic and Persian print is written without them, and the words stay the same.
     */
    static String printable(String text, boolean rtl) {
        return rtl ? ARABIC_MARKS.matcher(text).replaceAll("") : text;
    }

    private static final java.util.regex.Pattern ARABIC_MARKS = java.util.regex.Pattern.compile("[\\u064B-\\u0652\\u0670]");

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] font(String name) {
        try (InputStream in = CardPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing: the jasperreports-fonts jar must be on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
