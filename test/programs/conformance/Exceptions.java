package conformance;

/** athrow, handler selection by class, finally on every exit path, nested and rethrown exceptions, multi-catch, try-with-resources. */
public class Exceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class DetailException extends AppException {
        DetailException(String message) {
            super(message, 99);
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("  open " + name);
        }

        @Override
        public void close() {
            System.out.println("  close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            try {
                System.out.println("thrower " + i + " returned " + thrower(i));
            } catch (DetailException e) {
                System.out.println("detail " + e.getMessage() + " " + e.code);
            } catch (AppException e) {
                System.out.println("app " + e.getMessage() + " " + e.code);
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.out.println("multi " + e);
            } catch (RuntimeException e) {
                System.out.println("runtime " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (Throwable t) {
                System.out.println("throwable " + t);
            } finally {
                System.out.println("finally " + i);
            }
        }
        System.out.println("finallyReturn " + finallyReturn() + " finallyOverrides " + finallyOverrides()
                + " finallyModifies " + finallyModifies());
        System.out.println("nested " + nested());
        try {
            rethrow();
        } catch (Exception e) {
            System.out.println("rethrown " + e.getMessage() + " cause " + e.getCause());
        }
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", true)) {
            System.out.println("  body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("twr " + e.getMessage() + " suppressed " + e.getSuppressed().length + " "
                    + e.getSuppressed()[0].getMessage());
        }
        try (Resource c = new Resource("c", true)) {
            System.out.println("  quiet body");
        } catch (IllegalStateException e) {
            System.out.println("twr close " + e.getMessage());
        }
        int loops = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                loops += 10;
            } finally {
                loops++;
            }
        }
        System.out.println("loops " + loops);
        System.out.println("deep " + deep(20));
        Throwable t = new Throwable("plain");
        Exception withCause = new Exception(t);
        System.out.println("causes " + withCause.getMessage() + " | " + withCause + " | " + new RuntimeException((String) null)
                + " | " + new Error("e", null).getCause() + " | " + new Exception().getLocalizedMessage());
        Exception init = new Exception("late");
        init.initCause(new ArithmeticException("root"));
        System.out.println("initCause " + init.getCause().getMessage());
        try {
            init.initCause(new Exception());
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
    }

    static int thrower(int i) throws Exception {
        switch (i) {
            case 0: throw new AppException("zero", 1);
            case 1: throw new DetailException("one");
            case 2: throw new IllegalArgumentException("two");
            case 3: throw new UnsupportedOperationException("three");
            case 4: throw new StackOverflowError("four (thrown by hand)");
            default: return i;
        }
    }

    @SuppressWarnings("finally")
    static int finallyReturn() {
        int x = 1;
        try {
            return x;
        } finally {
            x = 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 7;
        }
    }

    static StringBuilder finallyModifies() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("b");
        }
    }

    static String nested() {
        StringBuilder out = new StringBuilder();
        try {
            try {
                try {
                    throw new IllegalStateException("inner");
                } catch (IllegalArgumentException e) {
                    out.append("wrong;");
                } finally {
                    out.append("f1;");
                }
            } catch (IllegalStateException e) {
                out.append("caught ").append(e.getMessage()).append(';');
                throw new RuntimeException("from handler");
            } finally {
                out.append("f2;");
            }
        } catch (RuntimeException e) {
            out.append("outer ").append(e.getMessage()).append(';');
        }
        return out.toString();
    }

    static void rethrow() throws Exception {
        try {
            Object o = null;
            o.hashCode();
        } catch (NullPointerException e) {
            throw new Exception("wrapped", e instanceof RuntimeException ? new RuntimeException("npe") : null);
        }
    }

    static int deep(int n) {
        if (n == 0) {
            throw new IndexOutOfBoundsException("bottom");
        }
        try {
            return deep(n - 1);
        } catch (IndexOutOfBoundsException e) {
            if (n % 5 == 0) {
                return n;
            }
            throw e;
        }
    }
}
