/**
 * What other modules may use of needs mapping: assessments, needs, survey import and gap analysis: interfaces and immutable records only.
 */
package eu.convivio.needs.api;
