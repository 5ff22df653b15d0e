package conformance;

/** ClassCastException messages as HotSpot writes them: classes, interfaces, arrays, boxes. */
public class ClassCasts {
    static class Animal {
    }

    static class Cat extends Animal {
    }

    public static void main(String[] args) {
        Object[] values = {"text", Integer.valueOf(3), new Animal(), new int[2], new String[1], new Cat[1][1]};
        for (Object v : values) {
            try {
                Cat c = (Cat) v;
                System.out.println("cast " + c);
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
            try {
                Comparable<?> c = (Comparable<?>) v;
                System.out.println("comparable " + c.getClass().getSimpleName());
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
            try {
                Object[] o = (Object[]) v;
                System.out.println("array " + o.length);
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Object o = 1L;
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println(e);
        }
        try {
            System.out.println(String.class.cast(5));
        } catch (ClassCastException e) {
            System.out.println("Class.cast: " + e.getMessage());
        }
    }
}
