/**
 * Technical services behind the platform: Flyway at startup, password hashing, the EclipseLink
 * hook that writes the audit trail, health checks and the demo data.
 */
package eu.convivio.platform.infrastructure;
