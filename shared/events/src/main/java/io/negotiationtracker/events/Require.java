package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Checks used by the records' constructors, so an invalid event cannot be built. */
public final class Require {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Require() {}

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) throw new InvalidEventException(field, "is required");
        if (value.length() > 4000) throw new InvalidEventException(field, "is longer than 4000 characters");
        return value.strip();
    }

    public static String optionalText(String value, String field) {
        if (value == null || value.isBlank()) return null;
        return text(value, field);
    }

    public static String slug(String value, String field) {
        if (value == null || value.isBlank()) throw new InvalidEventException(field, "is required");
        if (!SLUG.matcher(value).matches())
            throw new InvalidEventException(field, "must be a slug: lower-case letters, digits and '-', 1 to 80 characters, e.g. us-japan-tariffs-2025");
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
        return values == null ? List.of() : List.copyOf(values);
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) throw new InvalidEventException(field, "must list at least one entry");
        return List.copyOf(values);
    }

    public static BigDecimal rate(BigDecimal value, String field) {
        if (value == null) throw new InvalidEventException(field, "is required");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0)
            throw new InvalidEventException(field, "must be a percentage between 0 and 1000");
        return value;
    }

    public static Integer positive(Integer value, String field) {
        if (value != null && value <= 0) throw new InvalidEventException(field, "must be a positive number");
        return value;
    }
}
