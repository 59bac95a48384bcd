package eu.convivio.training.infrastructure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints a certificate as a one-page A4 landscape PDF with openhtmltopdf. The DejaVu Sans fonts
 * (from the jasperreports-fonts jar, as the catalogue's communication cards use them) are embedded,
 * so names in Greek, Cyrillic or with Slovak diacritics print as written.
 */
public final class CertificatePdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    /** The printed text, already in the certificate's language. */
    public record Content(String language, String heading, String learnerName, String completedLine, String courseTitle,
                          String hoursLine, String datesLine, String hostLine, String trainersLine, String codeLabel,
                          String code, String verifyLine, String revokedNotice) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("Convivio");
        builder.withHtmlContent(html(content), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(Content c) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"").append(escape(c.language())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(c.heading())).append(" – ").append(escape(c.learnerName())).append("</title><style>")
                .append("@page { size: A4 landscape; margin: 18mm; }")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; color: #111; text-align: center; }")
                .append(".frame { border: 3pt double #1d4e89; padding: 14mm 12mm; }")
                .append("h1 { font-size: 30pt; margin: 0 0 8mm 0; color: #1d4e89; }")
                .append(".name { font-size: 26pt; font-weight: bold; margin: 4mm 0; }")
                .append(".course { font-size: 20pt; font-weight: bold; margin: 4mm 0 6mm 0; }")
                .append("p { font-size: 13pt; margin: 2mm 0; }")
                .append(".code { margin-top: 10mm; font-size: 12pt; }")
                .append(".code strong { font-size: 15pt; letter-spacing: 1pt; }")
                .append(".revoked { color: #a00; font-weight: bold; font-size: 16pt; border: 2pt solid #a00; padding: 2mm; }")
                .append("</style></head><body><div class=\"frame\">");
        if (c.revokedNotice() != null) {
            h.append("<p class=\"revoked\">").append(escape(c.revokedNotice())).append("</p>");
        }
        h.append("<h1>").append(escape(c.heading())).append("</h1>")
                .append("<p class=\"name\">").append(escape(c.learnerName())).append("</p>")
                .append("<p>").append(escape(c.completedLine())).append("</p>")
                .append("<p class=\"course\">").append(escape(c.courseTitle())).append("</p>")
                .append("<p>").append(escape(c.hoursLine())).append("</p>")
                .append("<p>").append(escape(c.datesLine())).append("</p>")
                .append("<p>").append(escape(c.hostLine())).append("</p>")
                .append("<p>").append(escape(c.trainersLine())).append("</p>")
                .append("<p class=\"code\">").append(escape(c.codeLabel())).append(" <strong>").append(escape(c.code()))
                .append("</strong></p><p>").append(escape(c.verifyLine())).append("</p>")
                .append("</div></body></html>");
        return h.toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] font(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing: the jasperreports-fonts jar must be on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
