package conformance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Inner, static nested, anonymous and local classes: captured locals and parameters, Outer.this, shadowing, inner classes of inner classes, private access across nests. */
public class InnerClasses {
    private int secret = 42;
    private final String name;

    InnerClasses(String name) {
        this.name = name;
    }

    class Inner {
        int secret = 7;

        String show() {
            return name + " inner " + secret + " outer " + InnerClasses.this.secret;
        }

        class Innermost {
            String show() {
                return "innermost of " + name + " sees " + secret + "/" + InnerClasses.this.secret;
            }
        }
    }

    static class Nested {
        private static int created;
        private final int id;

        Nested() {
            id = ++created;
        }
    }

    interface Counter {
        int next();
    }

    Counter counter(int start, final int step) {
        return new Counter() {
            int value = start;

            public int next() {
                int v = value;
                value += step;
                secret++;
                return v;
            }
        };
    }

    static List<String> labels(String prefix, int n) {
        class Label {
            final int index;

            Label(int index) {
                this.index = index;
            }

            @Override
            public String toString() {
                return prefix + index;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Label(i).toString());
        }
        return out;
    }

    static final class Range implements Iterable<Integer> {
        private final int from;
        private final int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                private int at = from;

                public boolean hasNext() {
                    return at < to;
                }

                public Integer next() {
                    return at++;
                }
            };
        }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outer");
        InnerClasses.Inner inner = outer.new Inner();
        InnerClasses.Inner.Innermost most = inner.new Innermost();
        System.out.println(inner.show());
        System.out.println(most.show());
        Counter c = outer.counter(10, 5);
        System.out.println("counter " + c.next() + " " + c.next() + " " + c.next() + " secret now " + outer.secret);
        Nested a = new Nested();
        Nested b = new Nested();
        System.out.println("nested ids " + a.id + " " + b.id + " created " + Nested.created);
        System.out.println("local " + labels("L", 3));
        int sum = 0;
        for (int i : new Range(1, 11)) {
            sum += i;
        }
        System.out.println("range sum " + sum);
        final int[] box = {0};
        Runnable r = new Runnable() {
            public void run() {
                box[0] += 100;
            }
        };
        r.run();
        r.run();
        System.out.println("box " + box[0]);
        System.out.println("names " + Inner.class.getName() + " " + Inner.Innermost.class.getSimpleName() + " "
                + c.getClass().getName() + " " + Nested.class.getName());
        Object anon = new Object() {
            @Override
            public String toString() {
                return "anonymous object " + outer.name;
            }
        };
        System.out.println(anon);
    }
}
