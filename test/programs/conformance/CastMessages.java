package conformance;

/**
 * The VM's ClassCastException and ArrayStoreException messages, as HotSpot 17 words them:
 * classes of the application and of java.base, arrays of both, interfaces.
 */
public class CastMessages {
    interface Marker {
    }

    static void cast(Object o, Class<?> type) {
        try {
            if (type == String.class) {
                System.out.println((String) o);
            } else if (type == CastMessages.class) {
                System.out.println((CastMessages) o);
            } else if (type == String[].class) {
                System.out.println(((String[]) o).length);
            } else if (type == CastMessages[].class) {
                System.out.println(((CastMessages[]) o).length);
            } else if (type == Marker.class) {
                System.out.println((Marker) o);
            } else if (type == Runnable.class) {
                System.out.println((Runnable) o);
            } else {
                System.out.println((Number) o);
            }
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }

    static void store(Object[] array, Object value) {
        try {
            array[0] = value;
            System.out.println("stored " + value);
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
    }

    @Override
    public String toString() {
        return "a CastMessages";
    }

    public static void main(String[] args) {
        cast(1, String.class);
        cast(new CastMessages(), String.class);
        cast("x", CastMessages.class);
        cast(new int[1], String[].class);
        cast(new CastMessages[1], String[].class);
        cast(new String[0], CastMessages[].class);
        cast(new CastMessages(), Marker.class);
        cast(new CastMessages(), Runnable.class);
        cast(new CastMessages(), Number.class);
        cast(new long[0][], Number.class);
        cast(2.5, Number.class);
        store(new String[1], 1);
        store(new CastMessages[1], "s");
        store(new String[1][], new Integer[0]);
        store(new Number[1], 3L);
        Object o = new CastMessages();
        String s = (String) o;
    }
}
