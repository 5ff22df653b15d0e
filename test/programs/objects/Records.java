/** Records: the toString, hashCode and equals their ObjectMethods call sites compute (test: CompilerDifferentialTest). */
public class Records {
    record Point(int x, int y) { }

    record Mixed(String name, long big, double d, boolean flag, char c, float f, byte b, short s, Point p) { }

    record Empty() { }

    public static int tToString() {
        Mixed m = new Mixed("m", -5L, 2.5, true, 'q', 1.5f, (byte) -3, (short) 300, new Point(1, 2));
        return (m.toString() + new Empty() + new Point(-1, 0)).hashCode();
    }

    public static int tHashCodes() {
        Mixed m = new Mixed(null, Long.MAX_VALUE, -0.0, false, 'z', Float.NaN, (byte) 7, (short) -1, null);
        return m.hashCode() * 31 + new Point(3, 4).hashCode() + new Empty().hashCode();
    }

    public static int tEquals() {
        Point a = new Point(1, 2);
        int r = a.equals(new Point(1, 2)) ? 1 : 0;
        r += a.equals(new Point(2, 1)) ? 10 : 0;
        r += a.equals(null) ? 100 : 0;
        r += a.equals("text") ? 1000 : 0;
        Mixed m1 = new Mixed("x", 1, Double.NaN, true, 'a', 0.0f, (byte) 1, (short) 1, a);
        Mixed m2 = new Mixed(new String("x"), 1, Double.NaN, true, 'a', 0.0f, (byte) 1, (short) 1, new Point(1, 2));
        r += m1.equals(m2) ? 10000 : 0;
        Mixed m3 = new Mixed("x", 1, Double.NaN, true, 'a', -0.0f, (byte) 1, (short) 1, a);
        r += m1.equals(m3) ? 100000 : 0;
        return r;
    }
}
