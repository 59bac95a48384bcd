/**
 * Persistence queries, imports, exports and documents behind local integration strategies: drafting, consultation, adoption, versions and monitoring.
 */
package eu.convivio.strategy.infrastructure;
