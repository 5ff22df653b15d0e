package ingot.classlib.differential;

import java.util.Random;

/** The values a scenario uses as elements, keys and map values. */
enum Domain {
    /** Small integers and sometimes null. */
    INTS,
    /**
     * Keys that share one slot of a table of 64 (hashes 0, 64, 128, 192, 1024, 2048; Comparable
     * Colliders, non-Comparable PlainColliders, Integers, null), so that bins turn into trees,
     * split when the table grows and turn back into chains.
     */
    TREE,
    /** Small integers, null, and a few strings (which make sorted collections throw). */
    MIXED,
    /** Small integers, null, and keys that collide in hash tables. */
    COLLIDING,
    /** Small integers only. */
    NON_NULL,
    /**
     * Values equal but not identical to each other: cached small Integers, fresh large ones,
     * fresh strings, Colliders, null (for IdentityHashMap).
     */
    IDENTITY,
    /** Small integers, rarely null or a string, for sorted collections. */
    SORTED,
    /** Constants of Element, sometimes null or an integer. */
    ENUMS;

    Object next(Random rnd) {
        int r = rnd.nextInt(100);
        switch (this) {
            case MIXED:
                return r < 6 ? null : r < 12 ? "s" + (r % 3) : small(rnd);
            case TREE:
                return treeKey(r, rnd);
            case COLLIDING:
                return r < 4 ? null : r < 45 ? new Collider(rnd.nextInt(40), 16 * rnd.nextInt(4)) : small(rnd);
            case NON_NULL:
                return small(rnd);
            case IDENTITY:
                return r < 4 ? null : r < 40 ? (Object) (rnd.nextInt(16) - 2)
                        : r < 55 ? (Object) Integer.valueOf(1000 + rnd.nextInt(4))
                        : r < 80 ? new String("s" + rnd.nextInt(4)) : new Collider(rnd.nextInt(8), 0);
            case SORTED:
                return r < 2 ? null : r < 3 ? "s" : small(rnd);
            case ENUMS:
                return r < 3 ? null : r < 8 ? small(rnd) : Element.values()[rnd.nextInt(Element.values().length)];
            default:
                return r < 5 ? null : small(rnd);
        }
    }

    /** A non-null value (for the varargs factories and sorted collections). */
    Object nextNonNull(Random rnd) {
        Object v = next(rnd);
        if (this == ENUMS) {
            return Element.values()[rnd.nextInt(Element.values().length)];
        }
        return v == null || this == SORTED && !(v instanceof Integer) ? small(rnd) : v;
    }

    /** Hashes that share slot 0 of tables of 64 (all), 128 (0, 128, 1024, 2048) and 256 (0, 1024, 2048). */
    private static final int[] TREE_HASHES = {0, 64, 128, 192, 0, 1024, 2048, 1024};

    private static Object treeKey(int r, Random rnd) {
        int id = rnd.nextInt(40);
        int hash = TREE_HASHES[id % TREE_HASHES.length];
        if (r < 3) {
            return null;
        }
        if (r < 48) {
            return new Collider(id, hash);
        }
        if (r < 72) {
            return new PlainCollider(id, hash);
        }
        return r < 86 ? (Object) hash : small(rnd);
    }

    private static Object small(Random rnd) {
        return rnd.nextInt(40) < 36 ? rnd.nextInt(18) - 2 : rnd.nextInt(1000);
    }
}
