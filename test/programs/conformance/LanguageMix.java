package conformance;

/** Java 17 language features together: sealed interfaces with records, pattern instanceof, switch expressions, text blocks, var, assert (disabled), compound narrowing, numeric promotion in conditionals. */
public class LanguageMix {
    sealed interface Shape permits Circle, Rect, Tri {
    }

    record Circle(double r) implements Shape {
    }

    record Rect(double w, double h) implements Shape {
    }

    static final class Tri implements Shape {
        final double base;
        final double height;

        Tri(double base, double height) {
            this.base = base;
            this.height = height;
        }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return 3.0 * c.r() * c.r();
        } else if (s instanceof Rect r && r.w() > 0) {
            return r.w() * r.h();
        } else if (s instanceof Tri t) {
            return t.base * t.height / 2;
        }
        return -1;
    }

    static String kind(Object o) {
        return switch (o.getClass().getSimpleName()) {
            case "Circle" -> "round";
            case "Rect", "Tri" -> "angular";
            default -> "unknown " + o.getClass().getSimpleName();
        };
    }

    public static void main(String[] args) {
        var shapes = new Shape[] {new Circle(1), new Rect(2, 3), new Tri(4, 5), new Rect(-1, 2)};
        var total = 0.0;
        for (var s : shapes) {
            double a = area(s);
            total += a;
            System.out.println(kind(s) + " " + a);
        }
        System.out.println("total " + total + " sealed " + Shape.class.isInterface());
        String block = """
                Dear reader,
                  this is a "text block"\tend
                with \
                joined lines.
                """;
        System.out.print(block);
        System.out.println(block.length() + " " + block.split("\n").length);
        int checked = 0;
        assert ++checked > 0 : "assertions are off by default";
        System.out.println("assert ran " + checked);
        byte b = 10;
        b += 300;
        short sh = 1;
        sh *= 40000;
        char ch = 'a';
        ch += 1.7;
        int i = 5;
        i /= 2.5;
        long l = 3;
        l <<= 62;
        System.out.println("narrowing " + b + " " + sh + " " + ch + " " + i + " " + l);
        Object o1 = true ? 66 : 'a';
        Object o2 = false ? 1 : 'a';
        Object o3 = true ? Integer.valueOf(1) : Double.valueOf(2);
        Object o4 = true ? (Object) Integer.valueOf(1) : Double.valueOf(2);
        System.out.println("promotion " + o1 + " " + o2 + " " + o3 + " " + o4 + " " + o1.getClass().getSimpleName() + " " + o3.getClass().getSimpleName());
        StringBuilder path = new StringBuilder();
        found:
        {
            for (int x = 0; x < 5; x++) {
                if (x * x > 5) {
                    path.append("found ").append(x);
                    break found;
                }
            }
            path.append("not found");
        }
        System.out.println(path);
        int[] counts = new int[3];
        String[] labels = {"a", "b", "c"};
        for (int k = 0; k < 10; k++) {
            counts[k % 3] += k;
            labels[k % 3] += k;
        }
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2] + " " + String.join(",", labels));
        int x = 7;
        x = x++ + ++x;
        int y = 10;
        y += y++ * --y;
        System.out.println("evaluation order " + x + " " + y);
    }
}
