/**
 * Use cases of local integration strategies: drafting, consultation, adoption, versions and monitoring as transactional CDI beans;
 * every access decision goes through the platform's Access service.
 */
package eu.convivio.strategy.application;
