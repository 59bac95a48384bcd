/**
 * Persistence queries, imports, exports and documents behind the shared service catalogue (HSDS-aligned), good practices and communication cards.
 */
package eu.convivio.catalogue.infrastructure;
