/**
 * Entities, value objects and rules of local integration strategies: drafting, consultation, adoption, versions and monitoring.
 * No JAX-RS, Faces or servlet types here.
 */
package eu.convivio.strategy.domain;
