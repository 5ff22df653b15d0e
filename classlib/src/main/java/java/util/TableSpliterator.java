package java.util;

/**
 * What the spliterators over a hash map's table share (HashMap's and IdentityHashMap's): the
 * range of slots [index, fence), the fence, size estimate and expected modCount fixed at first
 * use, splits that halve the remaining slots and the estimate, and the characteristics (SIZED
 * while the estimate is the map's size; DISTINCT for keys and entries), as the JDK's.
 */
abstract class TableSpliterator<T> implements Spliterator<T> {
    /** What an element is: a key, a value, or an entry. */
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    final int part;
    int index;
    /** One past the last slot; -1 until first use. */
    int fence;
    int est;
    int expectedModCount;

    TableSpliterator(int part, int origin, int fence, int est, int expectedModCount) {
        this.part = part;
        this.index = origin;
        this.fence = fence;
        this.est = est;
        this.expectedModCount = expectedModCount;
    }

    abstract int mapSize();

    abstract int mapModCount();

    /** The number of slots of the map's table now (0 if it has none). */
    abstract int tableLength();

    /** Where a split of [lo, hi) ends the prefix. */
    abstract int splitPoint(int lo, int hi);

    /** Whether this spliterator may split now (not in the middle of a chain). */
    abstract boolean splittable();

    /** A spliterator over slots [lo, mid) with this estimate and expected modCount. */
    abstract Spliterator<T> prefix(int lo, int mid, int est, int expectedModCount);

    final int getFence() {
        if (fence < 0) {
            est = mapSize();
            expectedModCount = mapModCount();
            fence = tableLength();
        }
        return fence;
    }

    @Override
    public final Spliterator<T> trySplit() {
        int hi = getFence();
        int lo = index;
        int mid = splitPoint(lo, hi);
        if (lo >= mid || !splittable()) {
            return null;
        }
        index = mid;
        est >>>= 1;
        return prefix(lo, mid, est, expectedModCount);
    }

    @Override
    public final long estimateSize() {
        getFence();
        return (long) est;
    }

    @Override
    public final int characteristics() {
        int sized = fence < 0 || est == mapSize() ? SIZED : 0;
        return part == VALUES ? sized : sized | DISTINCT;
    }
}
