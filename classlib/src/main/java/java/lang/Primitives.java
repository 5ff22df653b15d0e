package java.lang;

/** Access to the Class objects of the primitive types, which only the VM can make. */
final class Primitives {
    private Primitives() {
    }

    /** VM: the Class of the primitive type with this keyword ("int", "void", ...). */
    static native Class<?> classOf(String keyword);
}
