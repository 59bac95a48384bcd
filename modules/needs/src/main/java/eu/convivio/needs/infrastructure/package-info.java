/**
 * Persistence queries, imports, exports and documents behind needs mapping: assessments, needs, survey import and gap analysis.
 */
package eu.convivio.needs.infrastructure;
