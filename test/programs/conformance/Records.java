package conformance;

import java.util.HashSet;
import java.util.Set;

/** Records: accessors, toString, equals and hashCode of every component type, compact and custom constructors, static members, nesting, interfaces. */
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000) {
                throw new IllegalArgumentException("x too small: " + x);
            }
        }

        Point(int both) {
            this(both, both);
        }

        double length() {
            return Math.sqrt(x * x + y * y);
        }
    }

    record Everything(boolean z, byte b, char c, short s, int i, long j, float f, double d, String str, int[] arr) {
    }

    interface HasArea {
        double area();
    }

    record Box(Point corner, Point size, String tag) implements HasArea {
        public double area() {
            return size.x() * size.y();
        }

        @Override
        public String tag() {
            return tag == null ? "untagged" : tag.toUpperCase();
        }
    }

    record Empty() {
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.length() + " " + p.equals(q) + " " + (p == q) + " "
                + (p.hashCode() == q.hashCode()) + " " + new Point(7) + " " + Point.ORIGIN);
        System.out.println("hash " + p.hashCode() + " " + new Point(-1, 0).hashCode() + " " + Point.ORIGIN.hashCode());
        try {
            new Point(-5000, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("compact: " + e.getMessage());
        }
        Everything e1 = new Everything(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, -0.0, "s", null);
        Everything e2 = new Everything(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, 0.0, "s", null);
        Everything e3 = new Everything(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, -0.0, "s", null);
        System.out.println(e1);
        System.out.println("equals " + e1.equals(e2) + " " + e1.equals(e3) + " " + (e1.hashCode() == e3.hashCode()) + " " + e1.hashCode());
        Everything n1 = new Everything(false, (byte) 0, 'x', (short) 0, 0, 0L, Float.NaN, Double.NaN, null, null);
        Everything n2 = new Everything(false, (byte) 0, 'x', (short) 0, 0, 0L, Float.NaN, Double.NaN, null, null);
        System.out.println("NaN equals " + n1.equals(n2) + " " + (n1.hashCode() == n2.hashCode()) + " " + n1.hashCode());
        Box box = new Box(p, new Point(2, 5), null);
        Box tagged = new Box(p, new Point(2, 5), "big");
        HasArea a = tagged;
        System.out.println(box + " " + box.tag() + " " + tagged.tag() + " " + a.area() + " " + box.equals(tagged) + " " + box.hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            set.add(new Point(i % 3, i % 2));
        }
        System.out.println("distinct " + set.size() + " " + set.contains(new Point(2, 1)) + " " + set.contains(new Point(2, 2)));
        System.out.println("record class " + Point.class.getSuperclass().getName() + " " + p.equals(null) + " " + p.equals("x"));
    }
}
