package eu.convivio.strategy.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference of two texts: the text split into words, spaces and punctuation, compared
 * with java-diff-utils (Myers), and given back as runs of kept, removed and added text that read
 * as the new text with the old words struck through.
 */
public final class WordDiff {

    /** How a run of text fares between the two versions. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            enumeration = {"kept", "removed", "added"})
    public enum Change {
        KEPT,
        REMOVED,
        ADDED;

        /** Written in lower case, as every choice of the strategy API. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return Codes.code(this);
        }
    }

    public record Run(Change change, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}_'’-]+|[^\\s\\p{L}\\p{N}\\p{M}_]");

    private WordDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Change.KEPT, a.subList(position, start));
            add(runs, Change.REMOVED, delta.getSource().getLines());
            add(runs, Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(runs, Change.KEPT, a.subList(position, a.size()));
        return runs;
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Run> runs) {
        return runs.stream().anyMatch(r -> r.change() != Change.KEPT);
    }

    /** The number of words added and removed, for a summary. */
    public static int words(List<Run> runs, Change change) {
        return runs.stream().filter(r -> r.change() == change)
                .mapToInt(r -> (int) tokens(r.text()).stream().filter(t -> !t.isBlank()).count()).sum();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void add(List<Run> runs, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).change() == change) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(change, last.text() + text));
        } else {
            runs.add(new Run(change, text));
        }
    }
}
