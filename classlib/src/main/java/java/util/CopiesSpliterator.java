package java.util;

import java.util.function.Consumer;

/**
 * The spliterator of Collections.nCopies. The JDK's is the spliterator of a sequential stream (a
 * range of ints mapped to the element), whose behaviour this reproduces without streams: it never
 * splits; ORDERED (unless there are no copies), SIZED and SUBSIZED; the estimate is the copies
 * left. forEachRemaining before any tryAdvance claims all copies first (an action that throws
 * leaves none), afterwards it advances one copy at a time.
 */
final class CopiesSpliterator<E> implements Spliterator<E> {
    private final E element;
    private final int characteristics;
    private int remaining;
    /** Whether tryAdvance has run: the JDK's stream then traverses element by element. */
    private boolean advancing;

    CopiesSpliterator(int n, E element) {
        this.element = element;
        this.remaining = n;
        this.characteristics = n == 0 ? SIZED | SUBSIZED : ORDERED | SIZED | SUBSIZED;
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        advancing = true;
        if (remaining <= 0) {
            return false;
        }
        remaining--;
        action.accept(element);
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        if (advancing) {
            while (tryAdvance(action)) {
                // one copy each
            }
            return;
        }
        int n = remaining;
        remaining = 0;
        for (int i = 0; i < n; i++) {
            action.accept(element);
        }
    }

    @Override
    public Spliterator<E> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return remaining;
    }

    @Override
    public int characteristics() {
        return characteristics;
    }
}
