package ingot.classlib.hosted;

/** java.lang.Primitives on HotSpot: the Class objects of the primitive types by keyword. */
public final class Primitives {
    private Primitives() {
    }

    public static Class<?> classOf(String keyword) {
        switch (keyword) {
            case "boolean":
                return boolean.class;
            case "byte":
                return byte.class;
            case "char":
                return char.class;
            case "short":
                return short.class;
            case "int":
                return int.class;
            case "long":
                return long.class;
            case "float":
                return float.class;
            case "double":
                return double.class;
            case "void":
                return void.class;
            default:
                throw new IllegalArgumentException(keyword);
        }
    }
}
