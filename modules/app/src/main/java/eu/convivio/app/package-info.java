/**
 * The one WAR: assembles the module jars, declares the JAX-RS application and the API's OpenAPI
 * description. Holds no domain code of its own.
 */
package eu.convivio.app;
