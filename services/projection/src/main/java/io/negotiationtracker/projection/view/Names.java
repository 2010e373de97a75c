package io.negotiationtracker.projection.view;

/** How enum values and dates appear in the views: lower-case names, ISO text, null when absent. */
final class Names {
    private Names() {}

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
