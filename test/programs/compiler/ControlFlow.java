/** Loops, recursion, switches of both kinds, and calls with many arguments of every kind. */
public class ControlFlow {
    public static int tFib() {
        return fib(20);
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static long tGcdSum() {
        long sum = 0;
        for (int a = 1; a < 60; a++) {
            for (int b = 1; b < 60; b += 7) {
                sum += gcd(a, b);
            }
        }
        return sum;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static int tTableSwitch() {
        int sum = 0;
        for (int i = -3; i < 12; i++) {
            sum = sum * 3 + dense(i);
        }
        return sum;
    }

    static int dense(int i) {
        switch (i) {
            case 0: return 5;
            case 1: return 7;
            case 2: return 11;
            case 4: return 13;
            case 5: return 17;
            case 6: return 19;
            case 7: return 23;
            default: return 1;
        }
    }

    public static int tLookupSwitch() {
        int[] none = null;
        int sum = 0;
        for (int i = -100000; i < 100000; i += 9999) {
            sum += sparse(i);
        }
        return none == null ? sum : -1;
    }

    static int sparse(int i) {
        switch (i) {
            case -100000: return 1;
            case -20002: return 20;
            case 9998: return 300;
            case 1000000: return 4000;
            default: return i & 1;
        }
    }

    public static long tManyArguments() {
        return many(1, 2L, 3.5f, 4.25, 5, 6L, 7.5f, 8.125, 9, 10L, 11, 12, 13, 14.5, 15.5f, 16, 17L, 18.0, 19.0f, 20);
    }

    static long many(int a, long b, float c, double d, int e, long f, float g, double h, int i, long j,
                     int k, int l, int m, double n, float o, int p, long q, double r, float s, int t) {
        return a + b * 3 + (long) (c * 5) + (long) (d * 7) + e * 11 + f * 13 + (long) (g * 17) + (long) (h * 19)
                + i * 23 + j * 29 + k * 31 + l * 37 + m * 41 + (long) (n * 43) + (long) (o * 47) + p * 53
                + q * 59 + (long) (r * 61) + (long) (s * 67) + t * 71;
    }

    public static int tNestedConditions() {
        int count = 0;
        for (int i = 0; i < 1000; i++) {
            if ((i % 3 == 0 && i % 5 != 0) || (i > 900 && (i & 1) == 0)) {
                count++;
            } else if (i % 7 == 0) {
                count += 2;
            }
        }
        return count;
    }

    public static long tDupForms() {
        long[] unused = null;
        long a = 5;
        long b = a++ + ++a;     // dup2 forms on longs via locals
        int x = 3;
        int y = x++ * ++x;
        return b * 100 + y + (unused == null ? 0 : 1);
    }
}
