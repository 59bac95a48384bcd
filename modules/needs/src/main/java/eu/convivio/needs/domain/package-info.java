/**
 * Entities, value objects and rules of needs mapping: assessments, needs, survey import and gap analysis.
 * No JAX-RS, Faces or servlet types here.
 */
package eu.convivio.needs.domain;
