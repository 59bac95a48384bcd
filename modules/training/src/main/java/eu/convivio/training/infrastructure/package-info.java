/**
 * Persistence queries, imports, exports and documents behind municipal staff training: courses, sessions, enrolment, attendance and certificates.
 */
package eu.convivio.training.infrastructure;
