package eu.convivio.training.ui;

import eu.convivio.training.application.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The public verification page: anyone types (or follows a link with) a certificate's code and
 * is told whether it is valid, revoked or unknown, with no more than the certificate shows.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    private Certificates certificates;

    private String code;
    private Certificates.Verification result;

    /** Checks the code of the link or form, if there is one. */
    public void load() {
        if (code != null && !code.isBlank()) {
            result = certificates.verify(code);
        }
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(RecordsFeedback.language())).format(day);
    }

    public String dates() {
        if (result == null || result.firstDay() == null) {
            return "";
        }
        return result.firstDay().equals(result.lastDay()) ? date(result.firstDay())
                : date(result.firstDay()) + " – " + date(result.lastDay());
    }

    public String revokedOn() {
        return result == null || result.revokedAt() == null ? "" : date(result.revokedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Certificates.Verification getResult() {
        return result;
    }

    public String getStatus() {
        return result == null ? "" : result.status().name();
    }

    public String hours() {
        return result == null || result.hours() == null ? "" : result.hours().stripTrailingZeros().toPlainString();
    }
}
