package conformance;

/** The VM's own exceptions and their HotSpot messages: array bounds, array stores, negative sizes, division by zero. */
public class VmExceptions {
    public static void main(String[] args) {
        int[] ints = new int[3];
        for (int index : new int[] {3, -1, Integer.MIN_VALUE, 100}) {
            try {
                ints[index] = 1;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("store: " + e.getMessage());
            }
            try {
                System.out.println(ints[index]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("load: " + e);
            }
        }
        Object[] arrays = {new long[0], new byte[2], new char[1], new double[4], new String[5], new boolean[0], new short[1],
            new float[2], new Object[0][0]};
        for (Object a : arrays) {
            try {
                touch(a);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(a.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e);
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        Object[] strings = new String[2];
        for (Object value : new Object[] {Integer.valueOf(1), new Object(), new StringBuilder("x"), new int[0], new String[0]}) {
            try {
                strings[0] = value;
                System.out.println("stored " + value.getClass().getSimpleName());
            } catch (ArrayStoreException e) {
                System.out.println("ArrayStoreException: " + e.getMessage());
            }
        }
        Number[] numbers = new Integer[1];
        try {
            numbers[0] = 1.5;
        } catch (ArrayStoreException e) {
            System.out.println("numbers: " + e);
        }
        String[] partly = new String[3];
        try {
            System.arraycopy(new Object[] {"a", 1, "c"}, 0, partly, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage() + " copied " + partly[0] + " " + partly[2]);
        }
        Object[][] copies = {
            {new int[2], 0, new long[2], 0, 2}, {new int[2], 1, new int[2], 0, 2}, {new int[2], 0, new int[1], 0, 2},
            {new int[2], -1, new int[2], 0, 1}, {new char[2], 0, new char[2], -2, 1}, {new byte[2], 0, new byte[2], 0, -3},
            {new Object[2], 0, new int[2], 0, 1}, {new double[2], 0, new Object[2], 0, 1}, {"text", 0, new int[2], 0, 1},
            {new int[2], 0, "text", 0, 1}, {new String[2], -1, new Object[2], 0, 1}, {new String[2], 0, new Object[2], 0, 3},
            {new String[4], 0, new Object[2], 1, 2}, {new String[][] {{"x"}}, 0, new Integer[1], 0, 1},
            {new float[0], 0, new float[0], 0, 0}, {new boolean[1], 0, new short[1], 0, 0}, {null, 0, new int[1], 0, 0}};
        for (Object[] c : copies) {
            try {
                System.arraycopy(c[0], (Integer) c[1], c[2], (Integer) c[3], (Integer) c[4]);
                System.out.println("arraycopy done");
            } catch (RuntimeException e) {
                System.out.println(e);
            }
        }
        for (int size : new int[] {-1, Integer.MIN_VALUE}) {
            try {
                System.out.println(new int[size].length);
            } catch (NegativeArraySizeException e) {
                System.out.println("negative: " + e);
            }
        }
        try {
            System.out.println(new String[2][-3].length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative multi: " + e.getMessage());
        }
        try {
            System.out.println(new long[-5][2].length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative outer: " + e.getMessage());
        }
        int zero = 0;
        long lzero = 0;
        try {
            System.out.println(1 / zero);
        } catch (ArithmeticException e) {
            System.out.println("int: " + e);
        }
        try {
            System.out.println(1L % lzero);
        } catch (ArithmeticException e) {
            System.out.println("long: " + e);
        }
        System.out.println("float is fine: " + (1.0f / zero) + " " + (1.0 % lzero));
    }

    static void touch(Object a) {
        if (a instanceof long[]) {
            ((long[]) a)[0] = 1;
        } else if (a instanceof byte[]) {
            ((byte[]) a)[2]++;
        } else if (a instanceof char[]) {
            System.out.println(((char[]) a)[-2]);
        } else if (a instanceof double[]) {
            ((double[]) a)[4] = 1;
        } else if (a instanceof String[]) {
            ((String[]) a)[5] = "";
        } else if (a instanceof boolean[]) {
            System.out.println(((boolean[]) a)[0]);
        } else if (a instanceof short[]) {
            ((short[]) a)[1] = 1;
        } else if (a instanceof float[]) {
            ((float[]) a)[2] = 1;
        } else {
            System.out.println(((Object[][]) a)[0]);
        }
    }
}
