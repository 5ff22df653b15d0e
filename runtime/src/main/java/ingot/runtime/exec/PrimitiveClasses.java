package ingot.runtime.exec;

/**
 * The Class objects of the primitive types and void (Integer.TYPE and friends). The translator
 * writes each static field's initial value: the address of the image's Class object for that
 * type (docs/ARCHITECTURE.md, "Execution model": translator-provided statics).
 */
public final class PrimitiveClasses {
    static Object booleanClass;
    static Object byteClass;
    static Object charClass;
    static Object shortClass;
    static Object intClass;
    static Object longClass;
    static Object floatClass;
    static Object doubleClass;
    static Object voidClass;

    private PrimitiveClasses() {
    }

    /** The native java.lang.Primitives.classOf: the Class of a primitive type's keyword, or null. */
    public static Object classOf(String keyword) {
        switch (keyword) {
            case "boolean": return booleanClass;
            case "byte": return byteClass;
            case "char": return charClass;
            case "short": return shortClass;
            case "int": return intClass;
            case "long": return longClass;
            case "float": return floatClass;
            case "double": return doubleClass;
            case "void": return voidClass;
            default: return null;
        }
    }
}
