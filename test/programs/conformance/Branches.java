package conformance;

/** Every conditional branch (int, long, float, double, reference, null), loops, break/continue with labels, short-circuit logic. */
public class Branches {
    public static void main(String[] args) {
        int[] ints = {-5, 0, 5, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int a : ints) {
            System.out.println("zero " + a + ": " + (a == 0) + (a != 0) + (a < 0) + (a <= 0) + (a > 0) + (a >= 0));
            for (int b : ints) {
                System.out.print(intCompare(a, b) + " ");
            }
            System.out.println();
        }
        long[] longs = {-1L, 0L, 1L << 40, Long.MIN_VALUE};
        for (long a : longs) {
            for (long b : longs) {
                System.out.print(((a < b) ? "<" : "") + ((a == b) ? "=" : "") + ((a > b) ? ">" : "") + ((a != b) ? "!" : "") + " ");
            }
            System.out.println();
        }
        Object o1 = new Object();
        Object o2 = new Object();
        Object n = null;
        String s1 = "same";
        String s2 = "sa" + "me";
        System.out.println("refs " + (o1 == o2) + (o1 != o2) + (o1 == o1) + (n == null) + (o1 != null) + (s1 == s2)
                + (n instanceof Object));
        int count = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) {
                    continue outer;
                }
                if (i * j > 30) {
                    break outer;
                }
                count += i ^ j;
            }
        }
        System.out.println("labels " + count);
        int k = 0;
        do {
            k += 3;
        } while (k < 100);
        int w = 1000;
        while (w > 1) {
            w = (w % 2 == 0) ? w / 2 : 3 * w + 1;
            k++;
        }
        System.out.println("loops " + k + " " + w);
        System.out.println("logic " + (t("a") && f("b")) + " " + (f("c") && t("d")) + " " + (t("e") || t("f")) + " "
                + (f("g") || t("h")) + " " + (t("i") & f("j")) + " " + (f("k") | t("l")) + " " + (t("m") ^ t("n")) + " " + !f("o"));
        boolean flag = false;
        for (int i = 0; i < 5; i++) {
            flag = !flag;
        }
        System.out.println("flag " + flag + " " + (flag ? 1 : 2) + " " + collatzSteps(27) + " " + gcd(1071, 462));
    }

    static String intCompare(int a, int b) {
        StringBuilder out = new StringBuilder();
        if (a < b) out.append('<');
        if (a <= b) out.append('L');
        if (a > b) out.append('>');
        if (a >= b) out.append('G');
        if (a == b) out.append('=');
        if (a != b) out.append('!');
        return out.toString();
    }

    static boolean t(String s) {
        System.out.print(s);
        return true;
    }

    static boolean f(String s) {
        System.out.print(s);
        return false;
    }

    static int collatzSteps(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
