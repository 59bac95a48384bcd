/**
 * What the other modules may use of the platform: the current user and their access to tenants,
 * the municipality directory, problems that become RFC 9457 responses, and the audit marker.
 */
package eu.convivio.platform.api;
