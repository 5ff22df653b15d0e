package conformance;

import java.util.Arrays;

/** Arrays of every element type: defaults, stores, length, clone, copy, multi-dimensional (full and partial), System.arraycopy. */
public class ArrayTypes {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] j = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] l = new String[3];
        System.out.println("defaults " + z[1] + " " + b[1] + " " + (int) c[1] + " " + s[1] + " " + i[1] + " " + j[1] + " " + f[1]
                + " " + d[1] + " " + l[1]);
        z[0] = true;
        b[0] = (byte) 255;
        c[0] = 'x';
        s[0] = (short) 40000;
        i[0] = -7;
        j[0] = 1L << 50;
        f[0] = 0.5f;
        d[0] = -0.0;
        l[0] = "s";
        b[2] = (byte) (b[0] + 1);
        c[2] = (char) (c[0] + 1);
        s[2] = (short) (s[0] * 2);
        System.out.println("stored " + Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(c) + Arrays.toString(s)
                + Arrays.toString(i) + Arrays.toString(j) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(l));
        System.out.println("lengths " + z.length + new int[0].length + new long[17].length + new Object[5].length);
        int[] copy = i.clone();
        copy[0] = 99;
        System.out.println("clone " + i[0] + " " + copy[0] + " " + (copy != i) + " " + Arrays.equals(i, new int[] {-7, 0, 0}));
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 4; k++) {
                grid[r][k] = r * 10 + k;
            }
        }
        System.out.println("grid " + Arrays.deepToString(grid) + " " + grid.length + "x" + grid[0].length);
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 5;
        System.out.println("cube " + Arrays.deepToString(cube));
        double[][] ragged = new double[3][];
        for (int r = 0; r < 3; r++) {
            ragged[r] = new double[r + 1];
            ragged[r][r] = r + 0.5;
        }
        System.out.println("ragged " + Arrays.deepToString(ragged));
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println("literal " + Arrays.deepToString(names) + " " + names[2].length);
        char[][][] partial = new char[2][][];
        System.out.println("partial " + (partial[0] == null) + " " + partial.length);
        Object[] objects = new Integer[] {1, 2, 3};
        System.out.println("covariant " + objects.getClass().getName() + " " + objects.length);
        int[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(src, 0, src, 2, 5);
        System.out.println("overlap right " + Arrays.toString(src));
        System.arraycopy(src, 3, src, 1, 5);
        System.out.println("overlap left " + Arrays.toString(src));
        Object[] mixed = new Object[4];
        System.arraycopy(new String[] {"x", "y"}, 0, mixed, 1, 2);
        System.out.println("copy into objects " + Arrays.toString(mixed));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(src, 10)) + " " + Arrays.toString(Arrays.copyOfRange(d, 1, 4)));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill " + Arrays.toString(filled) + " hash " + Arrays.hashCode(filled));
        byte[] bytes = "hello".getBytes();
        System.out.println("bytes " + Arrays.toString(bytes) + " " + new String(bytes, 1, 3));
        char[] chars = {'d', 'a', 'c', 'b'};
        Arrays.sort(chars);
        System.out.println("chars " + new String(chars) + " " + String.valueOf(chars, 1, 2));
        int[][] identity = new int[4][4];
        for (int r = 0; r < 4; r++) {
            identity[r][r] = 1;
        }
        int trace = 0;
        for (int[] row : identity) {
            for (int v : row) {
                trace += v;
            }
        }
        System.out.println("trace " + trace + " " + identity[3].getClass().getName() + " " + identity.getClass().getName()
                + " " + new boolean[0][0][0].getClass().getName() + " " + l.getClass().getSimpleName());
    }
}
