package eu.convivio.strategy.infrastructure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a strategy version as an A4 PDF: the decision that adopted it, the sections with their
 * Markdown rendered, the goals, the measures and the indicators. openhtmltopdf lays out an XHTML
 * page; the DejaVu Sans fonts (from the jasperreports-fonts jar, as the catalogue's cards use)
 * are embedded so that Slovak, Greek, Bulgarian and other Latin, Greek and Cyrillic text prints.
 */
public final class StrategyPdf {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private StrategyPdf() {
    }

    /**
     * The version as PDF. {@code label} gives the interface texts (headings such as "Measures")
     * in the reader's language; {@code municipality} names the strategy's owner.
     */
    public static byte[] render(VersionContents contents, String municipality, Function<String, String> label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("Convivio");
        builder.withHtmlContent(html(contents, municipality, label), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(VersionContents c, String municipality, Function<String, String> label) {
        StrategyVersion v = c.version();
        Strategy s = v.getStrategy();
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html><html lang=\"").append(escape(s.getLanguage())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(s.getTitle())).append("</title><meta name=\"subject\" content=\"")
                .append(escape(municipality)).append("\"/><style>")
                .append("@page { size: A4; margin: 20mm 18mm 20mm 18mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-size: 8pt; } }")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 10.5pt; line-height: 1.4; color: #000; }")
                .append("h1 { font-size: 20pt; margin: 0 0 3mm 0; } h2 { font-size: 14pt; margin: 7mm 0 2mm 0; border-bottom: 1pt solid #444; }")
                .append("h3 { font-size: 12pt; margin: 5mm 0 2mm 0; } h4 { font-size: 11pt; margin: 4mm 0 1mm 0; }")
                .append("p.meta { color: #333; margin: 0 0 1mm 0; } .status { font-weight: bold; }")
                .append("table { width: 100%; border-collapse: collapse; margin: 2mm 0; } th, td { border: 0.5pt solid #666; padding: 1.5mm; vertical-align: top; text-align: left; font-size: 9pt; }")
                .append("th { background-color: #eeeeee; } tr { page-break-inside: avoid; } blockquote { margin-left: 6mm; color: #333; }")
                .append("</style></head><body>");
        h.append("<h1>").append(escape(s.getTitle())).append("</h1>");
        h.append("<p class=\"meta\">").append(escape(municipality)).append(" · ").append(escape(label.apply("period")))
                .append(' ').append(s.getPeriodFrom()).append(" – ").append(s.getPeriodTo()).append("</p>");
        h.append("<p class=\"meta status\">").append(escape(label.apply("version"))).append(' ').append(v.getNumber()).append(" · ");
        if (v.isAdopted()) {
            h.append(escape(label.apply("adoptedOn"))).append(' ').append(v.getAdoptedAt()).append(" · ")
                    .append(escape(v.getAdoptingBody())).append(" · ").append(escape(v.getDecisionReference()));
        } else {
            h.append(escape(label.apply("draftNotAdopted")));
        }
        h.append("</p>");
        for (VersionContents.OutlineEntry e : c.outline()) {
            int level = Math.min(2 + e.depth(), 4);
            h.append("<h").append(level).append('>').append(e.number()).append(' ').append(escape(e.section().getHeading()))
                    .append("</h").append(level).append('>');
            h.append(MarkdownText.html(e.section().getBody()));
        }
        if (!c.goals().isEmpty()) {
            h.append("<h2>").append(escape(label.apply("goals"))).append("</h2><ol>");
            for (Goal g : c.goals()) {
                h.append("<li><strong>").append(escape(g.getTitle())).append("</strong>");
                if (!g.getDescription().isBlank()) {
                    h.append("<br/>").append(escape(g.getDescription()));
                }
                h.append("</li>");
            }
            h.append("</ol>");
        }
        if (!c.measures().isEmpty()) {
            h.append("<h2>").append(escape(label.apply("measures"))).append("</h2><table><thead><tr>");
            for (String column : List.of("measure", "responsible", "timeline", "budget", "fundingSource", "status")) {
                h.append("<th>").append(escape(label.apply(column))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (Measure m : c.measures()) {
                h.append("<tr><td><strong>").append(escape(m.getTitle())).append("</strong>");
                if (!m.getDescription().isBlank()) {
                    h.append("<br/>").append(escape(m.getDescription()));
                }
                if (m.getPartners() != null) {
                    h.append("<br/>").append(escape(label.apply("partners"))).append(": ").append(escape(m.getPartners()));
                }
                h.append("</td><td>").append(escape(nullToEmpty(m.getResponsibleBody()))).append("</td><td>")
                        .append(m.getStartDate() == null ? "" : m.getStartDate()).append(" – ")
                        .append(m.getEndDate() == null ? "" : m.getEndDate()).append("</td><td>")
                        .append(m.getBudget() == null ? "" : amount(m.getBudget()) + " " + m.getCurrency()).append("</td><td>")
                        .append(m.getFundingSource() == null ? "" : escape(label.apply("funding." + m.getFundingSource().name())))
                        .append("</td><td>").append(escape(label.apply("measureStatus." + m.getStatus().name())))
                        .append(" (").append(m.getProgress()).append(" %)</td></tr>");
            }
            h.append("</tbody></table>");
        }
        if (!c.indicators().isEmpty()) {
            h.append("<h2>").append(escape(label.apply("indicators"))).append("</h2><table><thead><tr>");
            for (String column : List.of("indicator", "unit", "baseline", "target")) {
                h.append("<th>").append(escape(label.apply(column))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (Indicator i : c.indicators()) {
                h.append("<tr><td>").append(escape(i.getName())).append("</td><td>").append(escape(i.getUnit())).append("</td><td>")
                        .append(i.getBaseline() == null ? "" : amount(i.getBaseline()) + " (" + i.getBaselineDate() + ")").append("</td><td>")
                        .append(i.getTarget() == null ? "" : amount(i.getTarget()) + " (" + i.getTargetDate() + ")").append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] font(String name) {
        try (InputStream in = StrategyPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing: the jasperreports-fonts jar must be on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
