package io.negotiationtracker.ingest.store;

/** Too many appends are waiting, or the store is shutting down: nothing was stored; the writer may retry. */
public class StoreBusy extends RuntimeException {
    public StoreBusy(String message) {
        super(message);
    }
}
