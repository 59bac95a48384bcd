/**
 * Faces backing beans for the pages of needs mapping: assessments, needs, survey import and gap analysis (the Facelets live in META-INF/resources/needs).
 */
package eu.convivio.needs.ui;
