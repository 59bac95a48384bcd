package eu.convivio.catalogue.infrastructure;

/**
 * One thing wrong with an import: the file (a CSV of the data package, or {@code services.json}),
 * the line in it (the CSV line where the record starts; for JSON the line where the service
 * starts), the field (for JSON with its path inside the service) and what is wrong, in words.
 * Line and field are null when the problem concerns the whole file.
 */
public record ImportError(String file, Long line, String field, String message) {
}
