package eu.convivio.needs.infrastructure;

import eu.convivio.needs.domain.RowError;
import eu.convivio.needs.domain.SurveyRejected;
import eu.convivio.needs.domain.SurveyTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a survey export: UTF-8 in any script (a byte-order mark is tolerated, anything that is not
 * UTF-8 is refused with the line it is on), comma- or semicolon-separated (whichever the header
 * line has more of, outside quotes), RFC 4180 quoting with values spanning lines.
 */
public final class SurveyCsv {

    /** Files larger than this are refused before they are read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private SurveyCsv() {
    }

    public static SurveyTable read(byte[] bytes) {
        if (bytes.length == 0) {
            throw rejected(0, "The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw rejected(0, "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(true).build();
        List<String> headers = null;
        List<SurveyTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                List<String> values = Arrays.asList(record.values());
                if (headers == null) {
                    headers = header(values, line);
                    continue;
                }
                if (values.size() > headers.size() && !values.subList(headers.size(), values.size()).stream().allMatch(String::isBlank)) {
                    throw rejected(line, "This row has " + values.size() + " values but the header has " + headers.size()
                            + " columns (is a value with a " + (delimiter == ';' ? "semicolon" : "comma") + " missing its quotes?).");
                }
                List<String> padded = new ArrayList<>(values.subList(0, Math.min(values.size(), headers.size())));
                while (padded.size() < headers.size()) {
                    padded.add("");
                }
                rows.add(new SurveyTable.Row(line, padded));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unterminated quote this way, with the position it reached
            throw rejected(lineOf(lineStarts, text.length() - 1), "The file could not be read as CSV: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (headers == null) {
            throw rejected(0, "The file has no header line.");
        }
        return new SurveyTable(headers, rows, delimiter);
    }

    private static List<String> header(List<String> values, int line) {
        List<String> headers = values.stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String h : headers) {
            if (h.isEmpty()) {
                throw rejected(line, "Every column needs a name in the header line; column " + (headers.indexOf(h) + 1)
                        + " has none.");
            }
            if (!seen.add(h.toLowerCase(java.util.Locale.ROOT))) {
                throw rejected(line, "Two columns are named \"" + h + "\".");
            }
        }
        return headers;
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw rejected(line, "The file is not UTF-8 (byte " + (bad + 1) + "). Save it as \"CSV UTF-8\" and import it again.");
        } catch (CharacterCodingException e) {
            throw rejected(0, "The file is not UTF-8. Save it as \"CSV UTF-8\" and import it again.");
        }
    }

    /** Semicolon when the first line has more semicolons than commas outside quotes, else comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.max(0, position));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static SurveyRejected rejected(int line, String message) {
        return new SurveyRejected(message, List.of(new RowError(line, null, null, message)));
    }
}
