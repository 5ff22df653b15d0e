package conformance;

/** Compute-bound mixes: primes by sieve, a 40x40 double matrix product, Newton's square roots, a CRC-32 by table, Fibonacci in long and double. */
public class Numerics {
    public static void main(String[] args) {
        boolean[] composite = new boolean[10001];
        int primes = 0;
        long primeSum = 0;
        for (int i = 2; i <= 10000; i++) {
            if (!composite[i]) {
                primes++;
                primeSum += i;
                for (int j = i * i; j <= 10000; j += i) {
                    composite[j] = true;
                }
            }
        }
        System.out.println("primes " + primes + " sum " + primeSum);
        int n = 40;
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 7 + j * 3) % 11 / 10.0;
                b[i][j] = (i == j) ? 2.0 : (i + j) % 5 * 0.25;
            }
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += c[i][i];
        }
        System.out.println("matrix trace " + trace + " corner " + c[n - 1][n - 1] + " " + c[0][1]);
        for (double v : new double[] {2, 10, 1e10, 0.25}) {
            double x = v;
            for (int i = 0; i < 60; i++) {
                x = (x + v / x) / 2;
            }
            System.out.println("sqrt " + v + " newton " + x + " Math " + Math.sqrt(v) + " same " + (x == Math.sqrt(v)));
        }
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i;
            for (int k = 0; k < 8; k++) {
                r = (r & 1) != 0 ? (r >>> 1) ^ 0xEDB88320 : r >>> 1;
            }
            table[i] = r;
        }
        int crc = 0xFFFFFFFF;
        for (byte x : "The quick brown fox jumps over the lazy dog".getBytes()) {
            crc = table[(crc ^ x) & 0xFF] ^ (crc >>> 8);
        }
        System.out.println("crc32 " + Integer.toHexString(~crc));
        long f1 = 0;
        long f2 = 1;
        double d1 = 0;
        double d2 = 1;
        for (int i = 0; i < 90; i++) {
            long t = f1 + f2;
            f1 = f2;
            f2 = t;
            double u = d1 + d2;
            d1 = d2;
            d2 = u;
        }
        System.out.println("fib90 " + f2 + " as double " + d2 + " ratio " + d2 / d1);
        long h = 1125899906842597L;
        for (int i = 0; i < 1000; i++) {
            h = 31 * h + (i ^ (h >>> 17));
        }
        System.out.println("hash mix " + h + " " + Long.toHexString(h));
    }
}
