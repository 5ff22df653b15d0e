package java.util;

/**
 * What the spliterators over an index range share (arrays, ArrayList, Vector, PriorityQueue, a
 * RandomAccess list's default): the range [index, fence), whose end (and, for a collection, the
 * expected modCount) a late-binding one fixes at first use; a split that moves index to the
 * middle of what remains and hands out the lower half; the estimate fence - index. Subclasses
 * add the elements' source, traversal and characteristics (the primitive ones through
 * Spliterator.OfInt and its kin, so their splits keep their own types).
 */
abstract class RangeSpliterator<T> implements Spliterator<T> {
    int index;
    /** One past the last index; negative until bound. */
    int fence;
    int expectedModCount;

    RangeSpliterator(int origin, int fence, int expectedModCount) {
        this.index = origin;
        this.fence = fence;
        this.expectedModCount = expectedModCount;
    }

    /** Sets fence (and what goes with it) from the source; called at first use only. */
    void bind() {
        throw new IllegalStateException();
    }

    final int getFence() {
        if (fence < 0) {
            bind();
        }
        return fence;
    }

    /** Moves index to the middle of the remaining range and returns where it was, or -1 if too short. */
    final int splitOff() {
        int hi = getFence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid) {
            return -1;
        }
        index = mid;
        return lo;
    }

    @Override
    public long estimateSize() {
        return (long) (getFence() - index);
    }
}
