package eu.convivio.training.application;

import eu.convivio.platform.api.Problem;

import java.util.List;

/** One page of a listing: the items, which page (from 1), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public long pages() {
        return (total + size - 1) / size;
    }

    public int offset() {
        return offset(page, size);
    }

    static int offset(int page, int size) {
        if (page < 1) {
            throw new Problem.Invalid("page", "page counts from 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new Problem.Invalid("size", "size is between 1 and " + MAX_SIZE + ".");
        }
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
