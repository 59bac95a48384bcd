/**
 * Use cases of the shared service catalogue (HSDS-aligned), good practices and communication cards as transactional CDI beans;
 * every access decision goes through the platform's Access service.
 */
package eu.convivio.catalogue.application;
