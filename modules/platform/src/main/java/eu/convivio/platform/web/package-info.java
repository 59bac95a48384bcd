/**
 * The HTTP edge: authentication mechanism (session and bearer token), OpenID Connect sign-in, role
 * checks on JAX-RS resources, problem+json mapping, security headers, and the platform's REST resources.
 */
package eu.convivio.platform.web;
