/**
 * REST resources and their JSON shapes for municipal staff training: courses, sessions, enrolment, attendance and certificates.
 */
package eu.convivio.training.web;
