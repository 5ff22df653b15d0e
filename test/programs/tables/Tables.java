/** Methods with calls, lines and finally blocks, for the code-table round trip (CodeTablesRoundTripTest). */
public class Tables {
    static int counter;

    public static int tCalls() {
        int a = twice(3);
        int b = twice(a)
                + twice(a + 1);
        return a + b;
    }

    static int twice(int x) {
        counter++;
        return x * 2;
    }

    public static int tFinally() {
        int r = 0;
        try {
            r = twice(5);
            r += twice(r);
        } finally {
            counter += r;
        }
        return r;
    }

    public static long tNested() {
        long sum = 0;
        for (int i = 0; i < 3; i++) {
            try {
                try {
                    sum += twice(i);
                } finally {
                    sum++;
                }
            } finally {
                counter--;
            }
        }
        return sum;
    }
}
