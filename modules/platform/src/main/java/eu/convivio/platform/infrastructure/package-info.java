/**
 * Technical services behind the platform: Flyway at startup, password hashing, the EclipseLink
 * hook that writes the audit trail, health checks, the demo data and the OpenID Connect protocol.
 */
package eu.convivio.platform.infrastructure;
