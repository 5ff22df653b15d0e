package conformance;

import java.util.ArrayList;
import java.util.List;

/** Interface dispatch across a hierarchy: several interfaces per class, inherited implementations, generic interfaces with bridges, abstract classes between, calls through every static type. */
public class InterfaceDispatch {
    interface Shape {
        double area();

        default String label() {
            return getClass().getSimpleName() + "[" + area() + "]";
        }
    }

    interface Scalable<T> {
        T scale(int factor);
    }

    interface Named {
        String name();
    }

    interface Visitor<R> {
        R visitCircle(Circle c);

        R visitRect(Rect r);
    }

    interface Visitable {
        <R> R accept(Visitor<R> v);
    }

    abstract static class Base implements Shape, Named, Visitable {
        public String name() {
            return "base:" + getClass().getSimpleName().toLowerCase();
        }
    }

    static class Circle extends Base implements Scalable<Circle> {
        final int r;

        Circle(int r) {
            this.r = r;
        }

        public double area() {
            return 3 * r * r;
        }

        public Circle scale(int factor) {
            return new Circle(r * factor);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCircle(this);
        }
    }

    static class Rect extends Base implements Scalable<Rect>, Comparable<Rect> {
        final int w;
        final int h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public double area() {
            return w * h;
        }

        public Rect scale(int factor) {
            return new Rect(w * factor, h * factor);
        }

        @Override
        public String label() {
            return "rect " + w + "x" + h;
        }

        @Override
        public String name() {
            return "rect";
        }

        public int compareTo(Rect o) {
            return Double.compare(area(), o.area());
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitRect(this);
        }
    }

    static class Square extends Rect {
        Square(int s) {
            super(s, s);
        }

        @Override
        public Rect scale(int factor) {
            return new Square(w * factor);
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1));
        shapes.add(new Rect(2, 3));
        shapes.add(new Square(4));
        shapes.add(new Circle(2).scale(2));
        for (Shape s : shapes) {
            Named n = (Named) s;
            @SuppressWarnings("unchecked")
            Scalable<Object> sc = (Scalable<Object>) s;
            Object scaled = sc.scale(3);
            System.out.println(s.label() + " " + n.name() + " scaled " + ((Shape) scaled).label() + " "
                    + ((Visitable) s).accept(new Visitor<String>() {
                        public String visitCircle(Circle c) {
                            return "circle r=" + c.r;
                        }

                        public String visitRect(Rect r) {
                            return "rect w=" + r.w;
                        }
                    }));
        }
        Comparable<Rect> small = new Rect(1, 1);
        System.out.println("compare " + small.compareTo(new Square(2)) + " " + new Square(3).compareTo(new Rect(9, 1)));
        Visitor<Integer> perimeter = new Visitor<Integer>() {
            public Integer visitCircle(Circle c) {
                return 6 * c.r;
            }

            public Integer visitRect(Rect r) {
                return 2 * (r.w + r.h);
            }
        };
        int sum = 0;
        for (Shape s : shapes) {
            sum += ((Visitable) s).accept(perimeter);
        }
        System.out.println("perimeters " + sum);
        Runnable r = new Runnable() {
            public void run() {
                System.out.println("runnable via interface");
            }
        };
        r.run();
        CharSequence cs = new StringBuilder("builder");
        CharSequence cs2 = "string";
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3) + " " + cs2.length() + " " + cs2.charAt(0)
                + " " + cs.toString().contentEquals(cs));
        Iterable<Integer> range = new Iterable<Integer>() {
            public java.util.Iterator<Integer> iterator() {
                return new java.util.Iterator<Integer>() {
                    int next = 1;

                    public boolean hasNext() {
                        return next <= 5;
                    }

                    public Integer next() {
                        return next++;
                    }
                };
            }
        };
        int product = 1;
        for (int k : range) {
            product *= k;
        }
        System.out.println("iterable " + product);
    }
}
