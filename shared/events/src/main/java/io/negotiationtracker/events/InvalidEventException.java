package io.negotiationtracker.events;

/** An event that breaks the contract; {@code field} is the JSON path of the offending field, e.g. {@code data.dueOn}. */
public class InvalidEventException extends RuntimeException {
    private final String field;

    public InvalidEventException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public InvalidEventException under(String prefix) {
        return new InvalidEventException(
                field == null || field.isEmpty() ? prefix : prefix + "." + field, getMessage());
    }
}
