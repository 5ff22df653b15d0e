/**
 * The VM's ClassCastException and ArrayStoreException messages, as HotSpot 17 words them:
 * classes of the application and of java.base, arrays of both, interfaces.
 */
public class Casts {
    interface Marker {
    }

    static void cast(Object o, Class<?> type) {
        try {
            if (type == String.class) {
                System.out.println((String) o);
            } else if (type == Casts.class) {
                System.out.println((Casts) o);
            } else if (type == String[].class) {
                System.out.println(((String[]) o).length);
            } else if (type == Casts[].class) {
                System.out.println(((Casts[]) o).length);
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
        return "a Casts";
    }

    public static void main(String[] args) {
        cast(1, String.class);
        cast(new Casts(), String.class);
        cast("x", Casts.class);
        cast(new int[1], String[].class);
        cast(new Casts[1], String[].class);
        cast(new String[0], Casts[].class);
        cast(new Casts(), Marker.class);
        cast(new Casts(), Runnable.class);
        cast(new Casts(), Number.class);
        cast(new long[0][], Number.class);
        cast(2.5, Number.class);
        store(new String[1], 1);
        store(new Casts[1], "s");
        store(new String[1][], new Integer[0]);
        store(new Number[1], 3L);
        Object o = new Casts();
        String s = (String) o;
    }
}
