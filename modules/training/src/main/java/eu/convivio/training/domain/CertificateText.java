package eu.convivio.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a certificate states, gathered from the enrolment, its session and course when it is issued. */
public record CertificateText(UUID enrolmentId, UUID sessionId, UUID courseId, UUID learnerId,
                              UUID hostMunicipalityId, String learnerName, String courseTitle, BigDecimal hours,
                              LocalDate firstDay, LocalDate lastDay, String hostName, String trainerNames,
                              String language) {
}
