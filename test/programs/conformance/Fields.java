package conformance;

/** Instance and static fields of every type: defaults, stores, hiding, inheritance, constants, static access through instances. */
public class Fields {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sj;
    static float sf;
    static double sd;
    static String sl;
    static final int CONSTANT = 42;
    static final String TEXT = "constant text";
    static final long BIG = 1L << 40;
    static int counter = init("counter", 5);

    static class Holder {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long j;
        float f;
        double d;
        Object l;
        int[] a;
        String name = "holder";

        String describe() {
            return z + " " + b + " " + (int) c + " " + s + " " + i + " " + j + " " + f + " " + d + " " + l + " "
                    + (a == null ? "null" : a.length) + " " + name;
        }
    }

    static class Base {
        int x = 1;
        static String kind = "base";

        int baseX() {
            return x;
        }
    }

    static class Derived extends Base {
        int x = 2;
        static String kind = "derived";

        int both() {
            return x * 10 + super.x;
        }
    }

    static int init(String what, int v) {
        System.out.println("init " + what);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("static defaults " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sj + " " + sf + " "
                + sd + " " + sl + " " + counter);
        sz = true;
        sb = (byte) 0x81;
        sc = 'q';
        ss = (short) -2;
        si = Integer.MIN_VALUE;
        sj = Long.MAX_VALUE;
        sf = 1.25f;
        sd = -2.5e-3;
        sl = "set";
        System.out.println("static stored " + sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sj + " " + sf + " " + sd
                + " " + sl);
        Holder h = new Holder();
        System.out.println("instance defaults " + h.describe());
        h.z = true;
        h.b = -128;
        h.c = 'Z';
        h.s = Short.MIN_VALUE;
        h.i = -1;
        h.j = Long.MIN_VALUE;
        h.f = Float.NaN;
        h.d = Double.NEGATIVE_INFINITY;
        h.l = "object";
        h.a = new int[3];
        h.name = null;
        System.out.println("instance stored " + h.describe());
        h.i += 10;
        h.j++;
        h.b++;
        h.c += 1;
        h.s--;
        h.d *= -1;
        System.out.println("compound " + h.i + " " + h.j + " " + h.b + " " + h.c + " " + h.s + " " + h.d);
        Derived d = new Derived();
        Base asBase = d;
        System.out.println("hiding " + d.x + " " + asBase.x + " " + d.both() + " " + d.baseX() + " " + Base.kind + " "
                + Derived.kind);
        System.out.println("constants " + CONSTANT + " " + TEXT + " " + BIG + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE);
        Holder[] many = new Holder[3];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Holder();
            many[i].i = i * i;
            many[i].name = "h" + i;
        }
        int total = 0;
        for (Holder x : many) {
            total += x.i;
        }
        System.out.println("array of objects " + total + " " + many[2].name);
        counter++;
        counter += 100;
        System.out.println("counter " + counter);
        Chain c = new Chain(new Chain(new Chain(null, 3), 2), 1);
        System.out.println("chain " + c.value + c.next.value + c.next.next.value + " " + (c.next.next.next == null));
    }

    static final class Chain {
        final Chain next;
        final int value;

        Chain(Chain next, int value) {
            this.next = next;
            this.value = value;
        }
    }
}
