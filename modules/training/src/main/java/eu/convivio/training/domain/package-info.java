/**
 * Entities, value objects and rules of municipal staff training: courses, sessions, enrolment, attendance and certificates.
 * No JAX-RS, Faces or servlet types here.
 */
package eu.convivio.training.domain;
