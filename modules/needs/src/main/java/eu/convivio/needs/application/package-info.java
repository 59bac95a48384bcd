/**
 * Use cases of needs mapping: assessments, needs, survey import and gap analysis as transactional CDI beans;
 * every access decision goes through the platform's Access service.
 */
package eu.convivio.needs.application;
