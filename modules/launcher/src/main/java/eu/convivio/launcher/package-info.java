/**
 * The one-command run: a durable embedded PostgreSQL (unless an external one is configured),
 * then Payara Micro in this JVM with the Convivio WAR at the root context.
 */
package eu.convivio.launcher;
