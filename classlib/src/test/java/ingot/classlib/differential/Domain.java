package ingot.classlib.differential;

import java.util.Random;

/** The values a scenario uses as elements, keys and map values. */
enum Domain {
    /** Small integers and sometimes null. */
    INTS,
    /** Small integers, null, and a few strings (which make sorted collections throw). */
    MIXED,
    /** Small integers, null, and keys that collide in hash tables. */
    COLLIDING,
    /** Small integers only. */
    NON_NULL,
    /** Small integers, rarely null or a string, for sorted collections. */
    SORTED,
    /** Constants of Element, sometimes null or an integer. */
    ENUMS;

    Object next(Random rnd) {
        int r = rnd.nextInt(100);
        switch (this) {
            case MIXED:
                return r < 6 ? null : r < 12 ? "s" + (r % 3) : small(rnd);
            case COLLIDING:
                return r < 4 ? null : r < 45 ? new Collider(rnd.nextInt(40), 16 * rnd.nextInt(4)) : small(rnd);
            case NON_NULL:
                return small(rnd);
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

    private static Object small(Random rnd) {
        return rnd.nextInt(40) < 36 ? rnd.nextInt(18) - 2 : rnd.nextInt(1000);
    }
}
