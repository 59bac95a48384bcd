/**
 * Faces backing beans for the shell (layout, language and municipality switchers, sign-in),
 * the account page and the administration pages.
 */
package eu.convivio.platform.ui;
