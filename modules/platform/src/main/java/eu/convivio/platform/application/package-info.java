/**
 * Use cases of the platform as transactional CDI beans: administering tenants and accounts, signing
 * in (by password or through an OpenID Connect provider), API tokens, reading the audit log; also
 * the one place that decides access.
 */
package eu.convivio.platform.application;
