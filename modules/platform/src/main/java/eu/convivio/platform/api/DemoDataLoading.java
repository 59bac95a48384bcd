package eu.convivio.platform.api;

/**
 * Fired once, in the transaction that loads the demo data on a first start, after the platform
 * has created the demo municipalities and accounts. Modules observe it to add their own demo data.
 */
public record DemoDataLoading(Directory directory) {
}
