package java.lang;

/**
 * A class, interface, array type or primitive type at run time. The VM makes the instances and
 * answers the {@code native} queries from its own class metadata.
 */
public final class Class<T> implements java.io.Serializable {
    private static final long serialVersionUID = 3206093459760846163L;
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;

    private Class() {
    }

    /** The binary name ({@code java.lang.String}, {@code [I}, {@code int}) (VM). */
    public native String getName();

    /** The simple name as in the source; empty for anonymous classes (VM). */
    public native String getSimpleName();

    /** The canonical name, or null for local, anonymous and hidden classes (VM). */
    public native String getCanonicalName();

    /** The access flags of the class as the JVM defines them (VM). */
    public native int getModifiers();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isArray();

    public native boolean isPrimitive();

    /** Whether assertions are enabled for this class (VM: the -ea/-da options). */
    public native boolean desiredAssertionStatus();

    /** The result of the enum class's values(), or null when this is not an enum class (VM). */
    private native Object[] enumConstants();

    public boolean isInterface() {
        return (getModifiers() & ACC_INTERFACE) != 0;
    }

    public boolean isAnnotation() {
        return (getModifiers() & ACC_ANNOTATION) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & ACC_ENUM) != 0 && getSuperclass() == Enum.class;
    }

    /** The enum constants in declaration order (a fresh array), or null for a non-enum class. */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        Object[] constants = isEnum() ? enumConstants() : null;
        return constants == null ? null : (T[]) constants.clone();
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    public String getTypeName() {
        if (!isArray()) {
            return getName();
        }
        int dims = 0;
        Class<?> c = this;
        while (c.isArray()) {
            dims++;
            c = c.getComponentType();
        }
        StringBuilder sb = new StringBuilder(c.getName());
        for (int i = 0; i < dims; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }
}
