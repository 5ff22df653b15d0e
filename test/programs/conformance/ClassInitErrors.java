package conformance;

/**
 * Failing initialisation (JVMS §5.5): an exception from a static initialiser arrives wrapped in
 * ExceptionInInitializerError, an Error arrives as itself; later uses of the class throw NoClassDefFoundError;
 * a subclass whose superclass failed is erroneous too.
 */
public class ClassInitErrors {
    static class Bad {
        static int value = fail("Bad");
    }

    static class BadError {
        static int value;

        static {
            if (value == 0) {
                throw new AssertionError("assertion in <clinit>");
            }
        }
    }

    static class BadSuper {
        static int value = fail("BadSuper");
    }

    static class ChildOfBad extends BadSuper {
        static int child = 1;
    }

    static class Arith {
        static int zero = 0;
        static int value = 10 / zero;
    }

    static int fail(String who) {
        System.out.println("  initialising " + who);
        throw new IllegalStateException(who + " cannot start");
    }

    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                System.out.println("Bad.value " + Bad.value);
            } catch (ExceptionInInitializerError e) {
                System.out.println(attempt + ": " + e + " cause " + e.getCause() + " message " + e.getMessage()
                        + " exception " + e.getException());
            } catch (NoClassDefFoundError e) {
                System.out.println(attempt + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                System.out.println("BadError.value " + BadError.value);
            } catch (AssertionError e) {
                System.out.println(attempt + ": " + e);
            } catch (NoClassDefFoundError e) {
                System.out.println(attempt + ": " + e.getMessage());
            }
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                System.out.println("new ChildOfBad " + new ChildOfBad());
            } catch (ExceptionInInitializerError e) {
                System.out.println(attempt + ": EIIE cause " + e.getCause().getMessage());
            } catch (NoClassDefFoundError e) {
                System.out.println(attempt + ": " + e.getMessage());
            }
        }
        try {
            System.out.println(BadSuper.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("super again: " + e.getMessage());
        }
        try {
            System.out.println(Arith.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("arith: " + e.getCause());
        }
        try {
            new Arith();
        } catch (Throwable e) {
            System.out.println("arith again: " + e);
        }
    }
}
