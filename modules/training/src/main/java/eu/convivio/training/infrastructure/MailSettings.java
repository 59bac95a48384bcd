package eu.convivio.training.infrastructure;

import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMTP server ({@code convivio.mail.smtp.*}). Without a host nothing is sent:
 * notifications are still stored and listed on the recipient's page.
 *
 * @param starttls whether to require STARTTLS before authenticating (port 587); port 465 uses TLS from the start
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           String from, boolean starttls) {

    /** Milliseconds to wait for the server; a claimed batch holds its row locks while it sends. */
    static final String TIMEOUT = "10000";

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", port == 465 ? "smtps" : "smtp");
        String prefix = port == 465 ? "mail.smtps." : "mail.smtp.";
        p.put(prefix + "host", host.orElseThrow());
        p.put(prefix + "port", Integer.toString(port));
        p.put(prefix + "connectiontimeout", TIMEOUT);
        p.put(prefix + "timeout", TIMEOUT);
        p.put(prefix + "writetimeout", TIMEOUT);
        p.put(prefix + "from", from);
        if (user.isPresent()) {
            p.put(prefix + "auth", "true");
        }
        if (starttls && port != 465) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return p;
    }
}
