package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The natives of java.lang.Class, answered from the Class object's VM words (ClassWords): each
 * is a static method whose first parameter is the Class (the receiver).
 */
public final class ClassNatives {
    private ClassNatives() {
    }

    public static int getModifiers(Object type) {
        return flags(type) >>> 16;
    }

    public static Object getSuperclass(Object type) {
        long superclass = Mem.loadLong(Mem.addressOf(type) + ClassWords.SUPERCLASS);
        return superclass == 0 ? null : Mem.objectAt(superclass);
    }

    public static Object getComponentType(Object type) {
        long component = Mem.loadLong(Mem.addressOf(type) + ClassWords.COMPONENT);
        return component == 0 ? null : Mem.objectAt(component);
    }

    public static boolean isInstance(Object type, Object object) {
        return object != null && TypeChecks.isAssignable(Mem.loadLong(Mem.addressOf(object)), Mem.addressOf(type));
    }

    public static boolean isAssignableFrom(Object type, Object other) {
        if (other == null) {
            throw new NullPointerException();
        }
        return TypeChecks.isAssignable(Mem.addressOf(other), Mem.addressOf(type));
    }

    public static boolean isArray(Object type) {
        return (flags(type) & ClassWords.ARRAY) != 0;
    }

    public static boolean isPrimitive(Object type) {
        return (flags(type) & ClassWords.PRIMITIVE) != 0;
    }

    /** Assertions are off (no -ea yet). */
    public static boolean desiredAssertionStatus(Object type) {
        return false;
    }

    /** The simple name as the JDK gives it for top-level, member and array classes. */
    public static String getSimpleName(Object type) {
        if (isArray(type)) {
            return getSimpleName(getComponentType(type)) + "[]";
        }
        String name = ClassNames.binaryName(type);
        name = name.substring(name.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    /** The canonical name of top-level, member and array classes (nested classes with dots). */
    public static String getCanonicalName(Object type) {
        if (isArray(type)) {
            String component = getCanonicalName(getComponentType(type));
            return component == null ? null : component + "[]";
        }
        return ClassNames.binaryName(type).replace('$', '.');
    }

    /**
     * Class.enumConstants: the result of an enum class's {@code values()} (the ENUM_VALUES word,
     * called once the class is initialised), or null for any other class.
     */
    public static Object[] enumConstants(Object type) {
        long values = Mem.loadLong(Mem.addressOf(type) + ClassWords.ENUM_VALUES);
        if (values == 0) {
            return null;
        }
        ClassInit.initialize(type);
        return (Object[]) Mem.objectAt(Mem.call(values));
    }

    private static int flags(Object type) {
        return Mem.loadInt(Mem.addressOf(type) + ClassWords.FLAGS);
    }
}
