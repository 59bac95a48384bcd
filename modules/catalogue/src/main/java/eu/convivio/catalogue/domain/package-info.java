/**
 * Entities, value objects and rules of the shared service catalogue (HSDS-aligned), good practices and communication cards.
 * No JAX-RS, Faces or servlet types here.
 */
package eu.convivio.catalogue.domain;
