package ingot.runtime.link;

/**
 * The compact subtype information of a linked class and the JVMS checkcast rule over it.
 *
 * <p>A class at depth d (java/lang/Object is 0; interfaces and arrays are 1) has a display of
 * d + 1 entries, its superclasses from Object down to itself, so "S is a subclass of class T" is
 * {@code S.superAt(T.depth()) == T}. The interfaces a class implements, transitively, are one
 * flat array without duplicates; "S implements T" is a scan of it.
 */
final class Supertypes {
    private Supertypes() {
    }

    /** Fills in depth, display and all interfaces, from the superclass's and the direct interfaces'. */
    static void compute(LinkedClass c) {
        LinkedClass sup = c.superclass;
        c.depth = sup == null ? 0 : sup.depth + 1;
        c.display = new LinkedClass[c.depth + 1];
        if (sup != null) {
            System.arraycopy(sup.display, 0, c.display, 0, c.depth);
        }
        c.display[c.depth] = c;
        ItemList<LinkedClass> all = new ItemList<>();
        if (sup != null) {
            for (LinkedClass i : sup.allInterfaces) {
                all.add(i);
            }
        }
        for (LinkedClass direct : c.interfaces) {
            all.addOnce(direct);
            for (LinkedClass i : direct.allInterfaces) {
                all.addOnce(i);
            }
        }
        c.allInterfaces = all.copyInto(new LinkedClass[all.size()]);
    }

    /** JVMS checkcast: classes by the display, interfaces by the set, arrays by their components. */
    static boolean isAssignable(LinkedClass s, LinkedClass t) {
        if (s == t) {
            return true;
        }
        if (t.isInterface) {
            return implementsInterface(s, t);
        }
        if (t.isArray) {
            return s.isArray && componentsAssignable(s, t);
        }
        return s.superAt(t.depth) == t;
    }

    private static boolean componentsAssignable(LinkedClass s, LinkedClass t) {
        if (s.elementClass == null || t.elementClass == null) {
            return s.elementClass == null && t.elementClass == null && s.elementType == t.elementType;
        }
        return isAssignable(s.elementClass, t.elementClass);
    }

    private static boolean implementsInterface(LinkedClass s, LinkedClass iface) {
        for (LinkedClass i : s.allInterfaces) {
            if (i == iface) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sub} is {@code iface} or extends it. */
    static boolean isSubinterface(LinkedClass sub, LinkedClass iface) {
        return sub == iface || implementsInterface(sub, iface);
    }
}
