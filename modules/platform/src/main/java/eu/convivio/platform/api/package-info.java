/**
 * What the other modules may use of the platform: the current user and their access to tenants,
 * the municipality directory, problems that become RFC 9457 responses, the audit marker, and the
 * mechanics their Faces pages share ({@link eu.convivio.platform.api.Pages}).
 */
package eu.convivio.platform.api;
