/**
 * Use cases of municipal staff training: courses, sessions, enrolment, attendance and certificates as transactional CDI beans;
 * every access decision goes through the platform's Access service.
 */
package eu.convivio.training.application;
