package io.negotiationtracker.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list whose {@link #plus} shares the backing array with the list it came from when it can, so folding a
 * long history (thousands of statements) appends in amortised O(1) instead of copying the whole list on every event.
 * A list never sees elements beyond its own size, so sharing is invisible.
 */
final class AppendOnlyList<T> extends AbstractList<T> implements RandomAccess {
    private static final AppendOnlyList<?> EMPTY = new AppendOnlyList<>(new Object[0], new int[] {0}, 0);

    private final Object[] items;
    private final int[] used;
    private final int size;

    private AppendOnlyList(Object[] items, int[] used, int size) {
        this.items = items;
        this.used = used;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> AppendOnlyList<T> of(List<T> list) {
        if (list instanceof AppendOnlyList<T> a) return a;
        AppendOnlyList<T> result = (AppendOnlyList<T>) EMPTY;
        for (T t : list) result = result.plus(t);
        return result;
    }

    AppendOnlyList<T> plus(T item) {
        if (item == null) throw new NullPointerException();
        synchronized (used) {
            if (used[0] == size && size < items.length) {
                items[size] = item;
                used[0] = size + 1;
                return new AppendOnlyList<>(items, used, size + 1);
            }
        }
        Object[] grown = Arrays.copyOf(items, Math.max(8, size * 2));
        grown[size] = item;
        return new AppendOnlyList<>(grown, new int[] {size + 1}, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return (T) items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
