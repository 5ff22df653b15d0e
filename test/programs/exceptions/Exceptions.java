/** Throwing and catching: handlers, finally, nesting, rethrow, the VM's own exceptions (test: CompilerDifferentialTest). */
public class Exceptions {
    static class Oops extends RuntimeException {
        final int code;

        Oops(int code) {
            super("oops " + code);
            this.code = code;
        }
    }

    static class Worse extends Oops {
        Worse(int code) {
            super(code * 10);
        }
    }

    static int[] none;
    static Object text = "text";

    static int thrower(int depth, int code) {
        if (depth == 0) {
            throw code > 5 ? new Worse(code) : new Oops(code);
        }
        return thrower(depth - 1, code) + 1;
    }

    public static int tCatchAcrossCalls() {
        int r = 0;
        for (int code = 1; code < 10; code += 4) {
            try {
                r += thrower(5, code);
            } catch (Worse w) {
                r += w.code * 100;
            } catch (Oops o) {
                r += o.code;
            }
        }
        return r;
    }

    public static int tFinallyRuns() {
        int r = 0;
        try {
            try {
                r += 1;
                thrower(2, 3);
                r += 1000;
            } finally {
                r += 10;
            }
        } catch (Oops o) {
            r += 100;
        }
        return r;
    }

    static int finallyReturns() {
        try {
            throw new Oops(1);
        } finally {
            return 7;
        }
    }

    public static int tFinallyOverridesThrow() {
        return finallyReturns();
    }

    public static int tRethrowAndMessages() {
        try {
            try {
                thrower(1, 2);
            } catch (Oops o) {
                throw new IllegalStateException("wrapped: " + o.getMessage(), o);
            }
        } catch (IllegalStateException e) {
            return e.getMessage().hashCode() + (e.getCause() instanceof Oops ? 1 : 0);
        }
        return -1;
    }

    public static int tVmExceptions() {
        int r = 0;
        try {
            r += none.length;
        } catch (NullPointerException e) {
            r += 1;
        }
        try {
            int[] a = new int[3];
            a[5] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            r += e.getMessage().hashCode() % 1000 * 10;
        }
        try {
            int zero = r - r;
            r += 100 / zero;
        } catch (ArithmeticException e) {
            r += e.getMessage().length() * 100000;
        }
        try {
            Integer i = (Integer) text;
            r += i;
        } catch (ClassCastException e) {
            r += 3;
        }
        try {
            r += new long[r - r - 2].length;
        } catch (NegativeArraySizeException e) {
            r += e.getMessage().hashCode();
        }
        return r;
    }

    public static int tStackTraceDepth() {
        try {
            thrower(3, 1);
            return -1;
        } catch (Oops o) {
            StackTraceElement[] trace = o.getStackTrace();
            int depth = 0; // frames up to this method: the callers beyond it differ between launchers
            while (!trace[depth].getMethodName().equals("tStackTraceDepth")) {
                depth++;
            }
            return (depth + 1) * 1000 + trace[0].getLineNumber() + trace[0].getMethodName().length() * 100000;
        }
    }
}
