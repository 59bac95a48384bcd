/**
 * What other modules may use of local integration strategies: drafting, consultation, adoption, versions and monitoring: interfaces and immutable records only.
 */
package eu.convivio.strategy.api;
