/**
 * Tenants (municipalities, regions, departments), organisations, accounts with their memberships,
 * API tokens and the append-only audit log: entities and the rules that hold for them.
 */
package eu.convivio.platform.domain;
