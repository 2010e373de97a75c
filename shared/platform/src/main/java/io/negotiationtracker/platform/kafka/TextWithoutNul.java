package io.negotiationtracker.platform.kafka;

/**
 * PostgreSQL text cannot hold U+0000: a dead letter's key, payload and reason are kept with each U+0000 written as the
 * six characters {@code \u0000} (as JSON would escape it), so a record carrying one can still be dead-lettered.
 */
final class TextWithoutNul {
    private TextWithoutNul() {}

    static String escape(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "\\u0000");
    }
}
