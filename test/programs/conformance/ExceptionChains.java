package conformance;

/** Stack traces: printStackTrace with frames and line numbers, Caused by chains with "... n more", suppressed exceptions, constructors and nested classes in traces. */
public class ExceptionChains {
    static class Parser {
        final String text;

        Parser(String text) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty text");
            }
            this.text = text;
        }

        int parse() {
            try {
                return digits(text);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("cannot parse " + text, e);
            }
        }

        static int digits(String s) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException("not a digit: " + c);
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    static class Service {
        int load(String text) throws Exception {
            try {
                return new Parser(text).parse();
            } catch (RuntimeException e) {
                throw new Exception("service failed", e);
            }
        }
    }

    static class LayeredException extends RuntimeException {
        LayeredException(String message) {
            this(message, 1);
        }

        LayeredException(String message, int level) {
            super(message + " at level " + level);
        }
    }

    public static void main(String[] args) {
        Service service = new Service();
        for (String text : new String[] {"12", "x1", ""}) {
            try {
                System.out.println("loaded " + service.load(text));
            } catch (Exception e) {
                System.out.println("failed: " + e.getMessage() + " / " + e.getCause().getMessage());
                e.printStackTrace();
            }
        }
        try {
            level1(3);
        } catch (RuntimeException e) {
            e.printStackTrace();
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println("frames " + trace.length + " top " + trace[0].getMethodName() + " line " + trace[0].getLineNumber()
                    + " class " + trace[0].getClassName() + " file " + trace[0].getFileName());
        }
        RuntimeException primary = new RuntimeException("primary");
        primary.addSuppressed(new IllegalStateException("first suppressed"));
        primary.addSuppressed(new UnsupportedOperationException("second suppressed", new ArithmeticException("its cause")));
        primary.printStackTrace();
        Error cyclicA = new Error("a");
        Error cyclicB = new Error("b", cyclicA);
        cyclicA.initCause(cyclicB);
        cyclicA.printStackTrace();
        new Throwable().printStackTrace();
        new LayeredException("layered").printStackTrace();
        vmExceptions();
        System.err.println("done");
    }

    /** The VM's own exceptions start their traces at the method whose instruction failed. */
    static void vmExceptions() {
        try {
            divide(1, 0);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        try {
            index(new int[2], 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            store(new String[1], 7);
        } catch (ArrayStoreException e) {
            e.printStackTrace();
        }
        try {
            System.out.println(new long[divide(-4, 1)].length);
        } catch (NegativeArraySizeException e) {
            e.printStackTrace();
        }
        try {
            System.out.println(length(null));
        } catch (NullPointerException e) {
            System.err.println("NullPointerException at " + e.getStackTrace()[0] + " from " + e.getStackTrace()[1]);
        }
        try {
            Object o = "text";
            System.out.println((Integer) o);
        } catch (ClassCastException e) {
            System.err.println("ClassCastException at " + e.getStackTrace()[0]);
        }
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int index(int[] a, int i) {
        return a[i];
    }

    static void store(Object[] a, Object v) {
        a[0] = v;
    }

    static int length(String s) {
        return s.length();
    }

    static void level1(int n) {
        if (n == 0) {
            throw new UnsupportedOperationException("bottom reached");
        }
        level1(n - 1);
    }
}
