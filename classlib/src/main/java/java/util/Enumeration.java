package java.util;

/** The old iterator of Vector and Hashtable. */
public interface Enumeration<E> {
    boolean hasMoreElements();

    E nextElement();

    default Iterator<E> asIterator() {
        final Enumeration<E> source = this;
        return new Iterator<E>() {
            @Override
            public boolean hasNext() {
                return source.hasMoreElements();
            }

            @Override
            public E next() {
                return source.nextElement();
            }
        };
    }
}
