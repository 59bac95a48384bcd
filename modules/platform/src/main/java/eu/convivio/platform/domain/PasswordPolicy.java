package eu.convivio.platform.domain;

import java.util.Optional;

/** What a new password must satisfy. Length over composition, after NIST SP 800-63B. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
