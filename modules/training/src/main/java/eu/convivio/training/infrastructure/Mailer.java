package eu.convivio.training.infrastructure;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends plain-text e-mail through the configured SMTP server with Jakarta Mail. */
public class Mailer {

    private final MailSettings settings;
    private final Session session;

    public Mailer(MailSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("No SMTP host is configured");
        }
        this.settings = settings;
        Authenticator authenticator = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        this.session = Session.getInstance(settings.properties(), authenticator);
    }

    public void send(String to, String toName, String subject, String body, Instant date) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(to, toName, StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(date));
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
