/**
 * What other modules may use of municipal staff training: courses, sessions, enrolment, attendance and certificates: interfaces and immutable records only.
 */
package eu.convivio.training.api;
