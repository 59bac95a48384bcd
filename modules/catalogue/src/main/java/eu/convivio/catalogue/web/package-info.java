/**
 * REST resources and their JSON shapes for the shared service catalogue (HSDS-aligned), good practices and communication cards.
 */
package eu.convivio.catalogue.web;
