package dev.heartwood.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How e-mail addresses are compared: a person's address is a contact detail, unique among a trust's current staff,
 * and the key by which a first sign-in finds its staff record. Two addresses are the same when their Unicode NFKC
 * forms agree ignoring case, so that a full-width or ligature variant cannot pass for a different address.
 */
public final class EmailAddresses {

    /**
     * For {@code @Pattern}: no control characters (C0, C1) and no invisible formatting characters (bidirectional
     * overrides, zero-width joiners), with which an address could be made to look like another.
     */
    public static final String PLAIN = "[^\\p{Cc}\\p{Cf}]*";
    /** What a refusal of {@link #PLAIN} says. */
    public static final String NOT_PLAIN = "must not contain control or invisible formatting characters";

    private EmailAddresses() {
    }

    /** The form in which addresses are compared and looked up. */
    public static String folded(String address) {
        return Normalizer.normalize(address, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.CONTROL
                || Character.getType(codePoint) == Character.FORMAT);
    }
}
