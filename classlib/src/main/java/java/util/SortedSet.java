package java.util;

/** A set whose iteration order is the order of its comparator or of its elements. */
public interface SortedSet<E> extends Set<E> {
    Comparator<? super E> comparator();

    SortedSet<E> subSet(E fromElement, E toElement);

    SortedSet<E> headSet(E toElement);

    SortedSet<E> tailSet(E fromElement);

    E first();

    E last();

    /** DISTINCT, SORTED and ORDERED over the iterator; the comparator is the set's. */
    @Override
    default Spliterator<E> spliterator() {
        final SortedSet<E> set = this;
        return new IteratorSpliterator<E>(this, Spliterator.DISTINCT | Spliterator.SORTED | Spliterator.ORDERED) {
            @Override
            public Comparator<? super E> getComparator() {
                return set.comparator();
            }
        };
    }
}
