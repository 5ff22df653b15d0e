package conformance;

/** invokestatic, invokespecial (constructors, super, private), invokevirtual, invokeinterface with default and static interface methods (private ones: InterfacePrivateMethods). */
public class Invokes {
    interface Greeter {
        String name();

        default String greet() {
            return "hello <" + name() + ">";
        }

        static String shout(Greeter g) {
            return g.greet().toUpperCase();
        }
    }

    interface Polite extends Greeter {
        @Override
        default String greet() {
            return "good day " + name() + " (" + Greeter.super.greet() + ")";
        }
    }

    interface Left {
        default String side() {
            return "left";
        }
    }

    interface Right {
        default String side() {
            return "right";
        }
    }

    static class Both implements Left, Right {
        public String side() {
            return Left.super.side() + "+" + Right.super.side();
        }
    }

    abstract static class Shape {
        abstract double area();

        String describe() {
            return kind() + " area " + area();
        }

        String kind() {
            return "shape";
        }
    }

    static class Square extends Shape implements Greeter {
        final double side;

        Square(double side) {
            this.side = side;
        }

        double area() {
            return side * side;
        }

        @Override
        String kind() {
            return "square";
        }

        public String name() {
            return "square" + (int) side;
        }
    }

    static class Cube extends Square implements Polite {
        Cube(double side) {
            super(side);
        }

        @Override
        double area() {
            return 6 * super.area();
        }

        @Override
        String kind() {
            return "cube/" + super.kind();
        }

        private String secret() {
            return "private " + side;
        }

        String reveal() {
            return secret();
        }
    }

    static int calls;

    static int count() {
        return ++calls;
    }

    static String overload(int x) {
        return "int";
    }

    static String overload(long x) {
        return "long";
    }

    static String overload(double x) {
        return "double";
    }

    static String overload(Object x) {
        return "Object";
    }

    static String overload(String x) {
        return "String";
    }

    static String overload(Integer x) {
        return "Integer";
    }

    static long many(int a, long b, float c, double d, byte e, short f, char g, boolean h, int i, long j, float k, double l,
                     Object m, int n, double o, long p) {
        return a + b + (long) c + (long) d + e + f + g + (h ? 1 : 0) + i + j + (long) k + (long) l + m.hashCode() + n
                + (long) o + p;
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Cube(3)};
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        Greeter[] greeters = {new Square(5), new Cube(1), new Greeter() {
            public String name() {
                return "anonymous";
            }
        }};
        for (Greeter g : greeters) {
            System.out.println(g.greet() + " / " + Greeter.shout(g));
        }
        System.out.println(new Both().side() + " " + ((Left) new Both()).side() + " " + new Cube(4).reveal());
        System.out.println(overload(1) + overload(1L) + overload(1.0f) + overload("s") + overload((Object) "s")
                + overload(Integer.valueOf(1)) + overload('c') + overload((short) 1));
        System.out.println("many " + many(1, 2L, 3f, 4.0, (byte) 5, (short) 6, (char) 7, true, 9, 10L, 11f, 12.0, "m", 14, 15.0, 16L));
        int a = count();
        int b = count() * 10 + count();
        System.out.println("order " + a + " " + b + " " + calls);
        System.out.println("recursion " + fib(20) + " " + ackermann(2, 3));
        Object o = new Cube(2);
        System.out.println("via Object " + o.toString().startsWith("conformance.Invokes$Cube@") + " " + o.equals(o) + " "
                + (o.hashCode() == System.identityHashCode(o)));
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }
}
