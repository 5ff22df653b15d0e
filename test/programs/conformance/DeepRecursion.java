package conformance;

/** Deep but finite recursion (thousands of frames, as ordinary programs reach): sums, a recursive-descent walk of a long list, mutual recursion. */
public class DeepRecursion {
    static final class Cell {
        final int value;
        final Cell next;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    static long sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    static int length(Cell c) {
        return c == null ? 0 : 1 + length(c.next);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static double wide(int n, double a, double b, long c, long d) {
        return n == 0 ? a + b + c + d : wide(n - 1, b, a + 1, d, c + 1);
    }

    public static void main(String[] args) {
        for (int depth : new int[] {100, 1000, 5000}) {
            Cell list = null;
            for (int i = 0; i < depth; i++) {
                list = new Cell(i, list);
            }
            System.out.println(depth + ": sum " + sum(depth) + " length " + length(list) + " even " + isEven(depth + 1)
                    + " wide " + wide(depth, 0.5, 0.25, 1, 2));
        }
    }
}
