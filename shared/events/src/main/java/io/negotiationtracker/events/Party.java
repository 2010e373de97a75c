package io.negotiationtracker.events;

/** A side at the table, e.g. {@code JP} / Japan. */
public record Party(String code, String name) {
    public Party {
        code = Require.text(code, "code");
        if (!code.matches("[A-Z]{2,8}"))
            throw new InvalidEventException("code", "must be 2 to 8 upper-case letters, e.g. JP or US");
        name = Require.text(name, "name");
    }
}
