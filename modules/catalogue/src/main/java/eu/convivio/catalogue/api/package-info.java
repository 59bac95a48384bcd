/**
 * What other modules may use of the shared service catalogue (HSDS-aligned), good practices and communication cards: interfaces and immutable records only.
 */
package eu.convivio.catalogue.api;
