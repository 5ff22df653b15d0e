/**
 * Compute-bound workloads for `make bench` (ingot.bench.ComputeBench): {@code fib REPS} runs
 * recursive fib(32), {@code matmul REPS} a 200×200 double matrix multiply, REPS times; REPS 0
 * measures start-up alone. Prints a checksum so no work can be skipped.
 */
public class Compute {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static double matmul(int n, int seed) {
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 31 + j * 17 + seed) % 100 / 10.0;
                b[i][j] = (i * 7 + j * 13 + seed) % 100 / 10.0;
            }
        }
        for (int i = 0; i < n; i++) {
            double[] ci = c[i];
            double[] ai = a[i];
            for (int k = 0; k < n; k++) {
                double aik = ai[k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += c[i][j];
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        String workload = args[0];
        int reps = Integer.parseInt(args[1]);
        long check = 0;
        for (int r = 0; r < reps; r++) {
            check += workload.equals("fib") ? fib(32) : (long) matmul(200, r);
        }
        System.out.println(workload + " x" + reps + ": " + check);
    }
}
