package ingot.classlib.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints what one side produced in a form comparable across sides: values as type and value,
 * arrays element by element, library objects as the java.util interfaces they implement plus,
 * for collections, maps and entries, toString, and for those whose hashCode the specification
 * defines (lists, sets, maps, entries) hashCode; other library objects (not comparators, whose
 * printed forms are the implementation's) show toString and hashCode if their class defines them;
 * exceptions as class (with the
 * ingot.remapped prefix removed) and message. NullPointerException, ClassCastException (except
 * the checked views' "Attempt to insert ...") and ArrayStoreException are compared by type only: HotSpot builds their messages from class and
 * variable names, which differ between the sides (our VM's own messages are the translator's
 * business).
 */
final class Describer {
    /** The java.util types whose membership is compared. */
    static final String[] KINDS = {
        "java.util.Collection", "java.util.List", "java.util.Set", "java.util.SortedSet",
        "java.util.NavigableSet", "java.util.Queue", "java.util.Deque", "java.util.Map",
        "java.util.SortedMap", "java.util.NavigableMap", "java.util.Map$Entry", "java.util.Iterator",
        "java.util.ListIterator", "java.util.RandomAccess", "java.util.Comparator", "java.util.Enumeration",
    };

    private final Class<?>[] kinds = new Class<?>[KINDS.length];
    private final Class<?> collection;
    private final Class<?> list;
    private final Class<?> set;
    private final Class<?> map;
    private final Class<?> entry;
    private final Class<?> comparator;
    private final Class<?> iterator;
    /** Spliterators print no toString (the JDK's stream spliterators print their internals). */
    private final Class<?> spliterator;

    Describer(Sides sides, boolean ours) {
        for (int i = 0; i < KINDS.length; i++) {
            kinds[i] = sides.type(ours, KINDS[i]);
        }
        collection = kinds[0];
        list = kinds[1];
        set = kinds[2];
        map = kinds[7];
        comparator = kinds[14];
        iterator = kinds[11];
        entry = kinds[10];
        spliterator = sides.type(ours, "java.util.Spliterator");
    }

    static String strip(String s) {
        return s == null ? null : s.replace(Remapping.DOTTED_PREFIX, "").replace(Remapping.PREFIX, "");
    }

    /** Whether an object is the library's (a handle) rather than a plain value. */
    static boolean isLibraryObject(Object o) {
        if (o == null || o.getClass().isArray()) {
            return false;
        }
        String name = o.getClass().getName();
        return name.startsWith("java.util.") || name.startsWith(Remapping.DOTTED_PREFIX)
                || name.startsWith("ingot.classlib.fixtures.");
    }

    String outcome(Outcome o) {
        return o.thrown != null ? thrown(o.thrown) : describe(o.value);
    }

    static String thrown(Throwable t) {
        String name = strip(t.getClass().getName());
        StringBuilder sb = new StringBuilder("throws ").append(name);
        boolean vmMessage = t instanceof NullPointerException || t instanceof ClassCastException
                && !libraryMessage(t) || t instanceof ArrayStoreException;
        if (!vmMessage) {
            sb.append(": ").append(strip(t.getMessage()));
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            sb.append(" cause ").append(strip(cause.getClass().getName()));
        }
        return sb.toString();
    }

    /** A ClassCastException message the library writes (the checked views'), compared as text. */
    private static boolean libraryMessage(Throwable t) {
        return t.getMessage() != null && t.getMessage().startsWith("Attempt to insert ");
    }

    String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o.getClass().isArray()) {
            return array(o);
        }
        if (!isLibraryObject(o)) {
            return strip(o.getClass().getSimpleName()) + ":" + o;
        }
        StringBuilder sb = new StringBuilder(kinds(o));
        boolean valueLike = !collection.isInstance(o) && !comparator.isInstance(o) && !spliterator.isInstance(o);
        if (collection.isInstance(o) || map.isInstance(o) || entry.isInstance(o)
                || valueLike && overrides(o, "toString")) {
            sb.append(" ").append(safeToString(o));
        }
        if (contentHashed(o)) {
            sb.append(" #").append(contentHash(o));
        } else if (valueLike && overrides(o, "hashCode")) {
            sb.append(" #").append(safeHash(o));
        }
        return sb.toString();
    }

    /** Whether the object's class declares its own no-argument method of this name (not Object's). */
    static boolean overrides(Object o, String method) {
        try {
            return o.getClass().getMethod(method).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The hash code of a list, set, map or entry; "<identity-sum>" where it is the sum over the
     * contents of identity hash codes (an IdentityHashMap and its views and entries): those of
     * values that the fixtures make differ between the sides, while the contents, compared by
     * toString, are the same.
     */
    private String contentHash(Object o) {
        String raw = safeHash(o);
        try {
            return isIdentitySum(o, o.hashCode()) ? "<identity-sum>" : raw;
        } catch (RuntimeException | StackOverflowError e) {
            return raw;
        }
    }

    /** Whether {@code h} is the identity-hash sum of {@code o}'s contents (see {@link #contentHash}). */
    boolean isIdentitySum(Object o, int h) {
        try {
            Integer sum = identitySum(o);
            return sum != null && sum == h;
        } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Sum of identityHashCode(key) ^ identityHashCode(value) over a map's entries, or over a
     * set of its elements' identity hash codes (an entry's being that term), or the term of one
     * entry; null for other objects.
     */
    private Integer identitySum(Object o) throws ReflectiveOperationException {
        if (entry.isInstance(o)) {
            Object k = entry.getMethod("getKey").invoke(o);
            Object v = entry.getMethod("getValue").invoke(o);
            return System.identityHashCode(k) ^ System.identityHashCode(v);
        }
        Object elements = map.isInstance(o) ? map.getMethod("entrySet").invoke(o) : set.isInstance(o) ? o : null;
        if (elements == null) {
            return null;
        }
        Object it = collection.getMethod("iterator").invoke(elements);
        int sum = 0;
        while ((Boolean) iterator.getMethod("hasNext").invoke(it)) {
            Object e = iterator.getMethod("next").invoke(it);
            sum += entry.isInstance(e) ? identitySum(e) : System.identityHashCode(e);
        }
        return sum;
    }

    /** Whether hashCode of this object is defined by its contents (lists, sets, maps, entries). */
    boolean contentHashed(Object o) {
        return list.isInstance(o) || set.isInstance(o) || map.isInstance(o) || entry.isInstance(o);
    }

    /**
     * Whether a collection's hashCode is an identity hash (the specification defines it only for
     * lists and sets): its own, or a backing collection's (a checked queue's is its queue's).
     */
    boolean identityHashed(Object o) {
        return collection.isInstance(o) && !contentHashed(o);
    }

    String kinds(Object o) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].isInstance(o)) {
                names.add(KINDS[i].substring("java.util.".length()));
            }
        }
        return names.toString();
    }

    /** A primitive array as Arrays.toString prints it. */
    static String primitiveArray(Object a) {
        StringBuilder sb = new StringBuilder("[");
        int n = java.lang.reflect.Array.getLength(a);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(java.lang.reflect.Array.get(a, i));
        }
        return sb.append(']').toString();
    }

    private String array(Object a) {
        StringBuilder sb = new StringBuilder(strip(a.getClass().getComponentType().getSimpleName())).append("[]{");
        int n = java.lang.reflect.Array.getLength(a);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(describe(java.lang.reflect.Array.get(a, i)));
        }
        return sb.append('}').toString();
    }

    /** toString, or "<identity>" where it is Object's (class name and identity hash differ by side). */
    static String safeToString(Object o) {
        try {
            String s = String.valueOf(o);
            if (o != null && s.equals(o.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(o)))) {
                return "<identity>";
            }
            return s;
        } catch (RuntimeException | StackOverflowError e) {
            return "toString " + thrown(e);
        }
    }

    /** hashCode, or "<identity>" where it is the identity hash. */
    static String safeHash(Object o) {
        try {
            int h = o.hashCode();
            return h == System.identityHashCode(o) ? "<identity>" : Integer.toString(h);
        } catch (RuntimeException | StackOverflowError e) {
            return "hashCode " + thrown(e);
        }
    }
}
