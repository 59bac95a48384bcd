/**
 * REST resources and their JSON shapes for needs mapping: assessments, needs, survey import and gap analysis.
 */
package eu.convivio.needs.web;
