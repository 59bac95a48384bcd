/**
 * Faces backing beans for the pages of local integration strategies: drafting, consultation, adoption, versions and monitoring (the Facelets live in META-INF/resources/strategy).
 */
package eu.convivio.strategy.ui;
