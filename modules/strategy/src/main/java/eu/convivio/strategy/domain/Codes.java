package eu.convivio.strategy.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the strategy's choices (statuses, kinds, answers, funding sources) are written outside the
 * application: lower-case snake_case codes ({@code partly_accepted}, {@code in_progress}), as the
 * catalogue writes its own. Reading accepts any case, and hyphens or spaces for underscores, so
 * that clients written against the earlier upper-case names keep working.
 */
public final class Codes {

    private Codes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named by {@code code}; an unknown code is refused, naming the codes there are. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code != null && !code.isBlank()) {
            String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("\"" + code + "\" is not one of " + choices(type) + ".");
    }

    /** The codes of a choice, for messages: {@code planned, in_progress, done}. */
    public static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }
}
