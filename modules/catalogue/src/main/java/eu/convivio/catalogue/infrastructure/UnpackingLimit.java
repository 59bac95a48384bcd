package eu.convivio.catalogue.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * How much an import may unpack: a zip of a few kilobytes can inflate to terabytes (a "zip bomb"),
 * and a JSON upload can be endless. The bytes of every file read from one import are counted
 * together; past the limit the import is refused with the file named, before the database or the
 * disk fill up.
 */
final class UnpackingLimit {

    /** 2 GiB: ten times the 100,000-service package (190 MB of CSV). */
    static final long DEFAULT_BYTES = 2L << 30;

    private final long limit;
    private long read;

    UnpackingLimit(long limit) {
        this.limit = limit;
    }

    /** The stream of one file of the import, counted against the limit. */
    InputStream watch(InputStream in, String file) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1, file);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n, file);
                }
                return n;
            }
        };
    }

    private void count(long bytes, String file) {
        read += bytes;
        if (read > limit) {
            throw new ImportRejected(List.of(new ImportError(file, null, null,
                    "the import unpacks to more than " + (limit >> 20) + " MB; split it into smaller packages")));
        }
    }
}
