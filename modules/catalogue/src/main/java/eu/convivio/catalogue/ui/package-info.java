/**
 * Faces backing beans for the pages of the shared service catalogue (HSDS-aligned), good practices and communication cards (the Facelets live in META-INF/resources/catalogue).
 */
package eu.convivio.catalogue.ui;
