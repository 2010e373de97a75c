package io.negotiationtracker.bench.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One resource per worker thread (a JDBC connection), opened on first use and all closed together at the end. */
public final class PerThread<T extends AutoCloseable> implements AutoCloseable {
    public interface Opener<T> {
        T open() throws Exception;
    }

    private final Opener<T> opener;
    private final ThreadLocal<T> mine = new ThreadLocal<>();
    private final List<T> all = new CopyOnWriteArrayList<>();

    public PerThread(Opener<T> opener) {
        this.opener = opener;
    }

    public T get() throws Exception {
        T t = mine.get();
        if (t == null) {
            t = opener.open();
            mine.set(t);
            all.add(t);
        }
        return t;
    }

    @Override
    public void close() throws Exception {
        for (T t : all) t.close();
        all.clear();
    }
}
