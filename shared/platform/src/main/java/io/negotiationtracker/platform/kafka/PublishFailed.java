package io.negotiationtracker.platform.kafka;

/**
 * A batch was not published: its transaction was aborted, so none of its records is visible to read_committed
 * consumers. {@code index} is the first record that failed (-1 when the failure concerns the batch as a whole, such as
 * the commit); {@code permanent} when retrying cannot help (the record is too large, invalid...), so the relay must
 * stop loudly on it rather than retry quietly.
 */
public class PublishFailed extends RuntimeException {
    private final int index;
    private final boolean permanent;

    public PublishFailed(int index, boolean permanent, Throwable cause) {
        super(
                (index >= 0 ? "record " + index + " of the batch failed: " : "the batch failed: ") + describe(cause),
                cause);
        this.index = index;
        this.permanent = permanent;
    }

    public int index() {
        return index;
    }

    public boolean permanent() {
        return permanent;
    }

    static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
