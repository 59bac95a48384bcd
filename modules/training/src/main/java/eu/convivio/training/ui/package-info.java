/**
 * Faces backing beans for the pages of municipal staff training: courses, sessions, enrolment, attendance and certificates (the Facelets live in META-INF/resources/training).
 */
package eu.convivio.training.ui;
