/**
 * REST resources and their JSON shapes for local integration strategies: drafting, consultation, adoption, versions and monitoring.
 */
package eu.convivio.strategy.web;
