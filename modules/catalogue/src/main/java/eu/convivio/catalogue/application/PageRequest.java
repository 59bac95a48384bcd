package eu.convivio.catalogue.application;

import eu.convivio.platform.api.Problem;

/**
 * A page of a listing as HSDS clients ask for it: {@code page} counts from 1, {@code per_page}
 * items each. Parsed from the raw query text, so that a malformed number is a 422 with the
 * parameter's name rather than the container's bare 404.
 */
public record PageRequest(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 500;

    public PageRequest {
        if (page < 1) {
            throw new Problem.Invalid("page", "page counts from 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new Problem.Invalid("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
        }
    }

    public static PageRequest of(String page, String perPage) {
        return new PageRequest(number("page", page, 1), number("per_page", perPage, DEFAULT_PER_PAGE));
    }

    private static int number(String name, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Problem.Invalid(name, name + " must be a whole number");
        }
    }

    public int offset() {
        // long arithmetic: a huge page number must not wrap around to a valid offset
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
    }

    /** Pages needed for {@code total} items; none for an empty listing. */
    public long totalPages(long total) {
        return (total + perPage - 1) / perPage;
    }
}
