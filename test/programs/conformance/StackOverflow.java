package conformance;

/** StackOverflowError from deep recursion: caught, the program recovers and recurses again; finally blocks run while unwinding. */
public class StackOverflow {
    static int depth;
    static int finallies;

    static int recurse(int n) {
        depth = n;
        return recurse(n + 1) + 1;
    }

    static long recurseWide(long a, long b, double c) {
        return recurseWide(a + 1, b * 2, c / 2) + 1;
    }

    static void recurseWithFinally(int n) {
        try {
            recurseWithFinally(n + 1);
        } finally {
            finallies++;
        }
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            try {
                recurse(0);
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": caught " + e.getClass().getName() + " deep " + (depth > 1000));
            }
        }
        try {
            recurseWide(0, 1, 1.0);
        } catch (StackOverflowError e) {
            System.out.println("wide frames: caught");
        }
        try {
            recurseWithFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("finally blocks ran: " + (finallies > 1000));
        }
        try {
            recurse(0);
        } catch (Error e) {
            System.out.println("as Error: " + (e instanceof VirtualMachineError));
        }
        System.out.println("after overflow fib(25)=" + fib(25));
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
}
