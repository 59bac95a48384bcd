package eu.convivio.training.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A certificate's verification code: 12 characters of Crockford's base32 (60 random bits from a
 * {@link SecureRandom}), stored without separators and shown in groups of four
 * ({@code 7KQ2-M9XD-4HTR}). Crockford's alphabet leaves out I, L, O and U, so a code read aloud
 * or typed from paper survives the usual mistakes: lower case, I or L for 1, O for 0, spaces and
 * dashes are all accepted when a code is looked up.
 */
public record CertificateCode(String value) {

    public static final int LENGTH = 12;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    public CertificateCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("A certificate code is " + LENGTH + " characters of Crockford base32");
        }
    }

    public static CertificateCode random() {
        return random(RANDOM);
    }

    static CertificateCode random(RandomGenerator random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new CertificateCode(new String(code));
    }

    /** The code someone typed, read the forgiving way; empty when it cannot be a code at all. */
    public static Optional<CertificateCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                continue;
            }
            char read = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(new CertificateCode(code.toString())) : Optional.empty();
    }

    /** The code as printed: three groups of four. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return display();
    }
}
