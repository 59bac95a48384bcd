package eu.convivio.catalogue.infrastructure;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

import java.util.Map;

/**
 * ICU4J's Arabic shaping, completed for Persian. ICU's {@code ArabicShaping} turns letters into
 * the contextual forms of Arabic Presentation Forms-B, which has no forms for the letters Persian
 * adds (پ چ ژ ک گ ی): ICU shapes their neighbours correctly but leaves these letters in their
 * isolated form, so a word such as نیاز prints with a broken join. This reorderer lets ICU shape
 * first and then gives each of those letters its contextual form from Presentation Forms-A,
 * reading from the already shaped neighbours whether they join it.
 */
final class PersianShapingReorderer implements BidiReorderer {

    /** Isolated, final, initial and medial forms (Presentation Forms-A); right-joining letters have two. */
    private static final Map<Integer, int[]> FORMS = Map.of(
            0x067E, new int[]{0xFB56, 0xFB57, 0xFB58, 0xFB59},   // peh
            0x0686, new int[]{0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D},   // tcheh
            0x0698, new int[]{0xFB8A, 0xFB8B},                   // jeh, joins only to the letter before it
            0x06A9, new int[]{0xFB8E, 0xFB8F, 0xFB90, 0xFB91},   // keheh
            0x06AF, new int[]{0xFB92, 0xFB93, 0xFB94, 0xFB95},   // gaf
            0x06CC, new int[]{0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF});  // farsi yeh

    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String shapeText(String text) {
        return completePersian(icu.shapeText(text));
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** Gives the Persian letters of text that ICU has shaped (logical order) their contextual forms. */
    static String completePersian(String shaped) {
        int[] cps = shaped.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int[] forms = FORMS.get(cps[i]);
            if (forms == null) {
                continue;
            }
            boolean joinsBefore = joinsForward(cps, previous(cps, i));
            boolean joinsAfter = forms.length == 4 && joinsBackward(cps, next(cps, i));
            cps[i] = joinsBefore ? (joinsAfter ? forms[3] : forms[1]) : (joinsAfter ? forms[2] : forms[0]);
        }
        return new String(cps, 0, cps.length);
    }

    /** Whether the letter at i (already shaped) reaches to the letter after it. */
    private static boolean joinsForward(int[] cps, int i) {
        if (i < 0) {
            return false;
        }
        int c = cps[i];
        if (c == 0x0640) {   // tatweel
            return true;
        }
        for (int[] forms : FORMS.values()) {
            if (forms.length == 4 && (c == forms[2] || c == forms[3])) {
                return true;
            }
        }
        String name = Character.getName(c);
        return name != null && name.startsWith("ARABIC") && (name.endsWith("INITIAL FORM") || name.endsWith("MEDIAL FORM"));
    }

    /** Whether the letter at i (as ICU shaped it, seeing the Persian letter before it as joining) joins back to it. */
    private static boolean joinsBackward(int[] cps, int i) {
        if (i < 0) {
            return false;
        }
        int c = cps[i];
        if (c == 0x0640 || FORMS.containsKey(c)) {
            return true;
        }
        String name = Character.getName(c);
        return name != null && name.startsWith("ARABIC") && (name.endsWith("FINAL FORM") || name.endsWith("MEDIAL FORM"));
    }

    /** The nearest letter before i, skipping marks (harakat) that do not break a join. */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (Character.getType(cps[j]) != Character.NON_SPACING_MARK) {
                return j;
            }
        }
        return -1;
    }

    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (Character.getType(cps[j]) != Character.NON_SPACING_MARK) {
                return j;
            }
        }
        return -1;
    }
}
