package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Checks used by the records' constructors, so an invalid event cannot be built. */
public final class Require {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Require() {}

    /** The most entries any list of an event may hold (participants, sources, links, product codes). */
    public static final int MAX_LIST = 500;

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) throw new InvalidEventException(field, "is required");
        if (value.length() > 4000) throw new InvalidEventException(field, "is longer than 4000 characters");
        printable(value, field);
        return value.strip();
    }

    /**
     * Refuses what the pipeline cannot carry or a reader cannot see: control characters other than tab, newline and
     * carriage return (U+0000 cannot be stored in PostgreSQL text), and unpaired surrogates (not valid UTF-8).
     */
    public static String printable(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0))
                throw new InvalidEventException(
                        field, String.format("contains the control character U+%04X at index %d", (int) c, i));
            if (Character.isHighSurrogate(c)
                    && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))))
                throw new InvalidEventException(
                        field, "contains an unpaired surrogate at index " + i + " (not valid UTF-8)");
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1))))
                throw new InvalidEventException(
                        field, "contains an unpaired surrogate at index " + i + " (not valid UTF-8)");
        }
        return value;
    }

    public static String optionalText(String value, String field) {
        if (value == null || value.isBlank()) return null;
        return text(value, field);
    }

    public static String slug(String value, String field) {
        if (value == null || value.isBlank()) throw new InvalidEventException(field, "is required");
        if (!SLUG.matcher(value).matches())
            throw new InvalidEventException(
                    field,
                    "must be a slug: lower-case letters, digits and '-', 1 to 80 characters, e.g. us-japan-tariffs-2025");
        return value;
    }

    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    public static <T> T present(T value, String field) {
        if (value == null) throw new InvalidEventException(field, "is required");
        return value;
    }

    public static <T> List<T> list(List<T> values) {
        return list(values, "");
    }

    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) return List.of();
        if (values.size() > MAX_LIST)
            throw new InvalidEventException(
                    field, "lists " + values.size() + " entries; at most " + MAX_LIST + " are allowed");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) throw new InvalidEventException(field + "[" + i + "]", "must not be null");
        }
        return List.copyOf(values);
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) throw new InvalidEventException(field, "must list at least one entry");
        return list(values, field);
    }

    /** A list of slugs (ids of issues, measures, deadlines, rounds), each checked, without repeats. */
    public static List<String> slugs(List<String> values, String field) {
        List<String> list = list(values, field);
        for (int i = 0; i < list.size(); i++) slug(list.get(i), field + "[" + i + "]");
        if (list.stream().distinct().count() != list.size())
            throw new InvalidEventException(field, "lists an id twice");
        return list;
    }

    /** An optional rate (a source may name none); when given, a percentage between 0 and 1000. */
    public static BigDecimal optionalRate(BigDecimal value, String field) {
        return value == null ? null : rate(value, field);
    }

    public static BigDecimal rate(BigDecimal value, String field) {
        if (value == null) throw new InvalidEventException(field, "is required");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0)
            throw new InvalidEventException(field, "must be a percentage between 0 and 1000");
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 4)
            throw new InvalidEventException(field, "has more than 4 decimal places");
        return value;
    }

    public static Integer positive(Integer value, String field) {
        if (value != null && value <= 0) throw new InvalidEventException(field, "must be a positive number");
        return value;
    }
}
