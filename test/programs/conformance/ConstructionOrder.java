package conformance;

/** Object construction order: field initialisers and instance blocks around super(...) and this(...), virtual calls from a superclass constructor seeing defaults, final fields, exceptions from constructors. */
public class ConstructionOrder {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    static class Base {
        int baseField = note("Base.field");

        {
            note("Base.block");
        }

        Base() {
            note("Base()");
            describe();
        }

        void describe() {
            note("Base.describe");
        }
    }

    static class Middle extends Base {
        int middleField = note("Middle.field");
        String label = "set";
        final int constant = 5;

        {
            note("Middle.block");
        }

        Middle() {
            this(1);
            note("Middle()");
        }

        Middle(int x) {
            super();
            note("Middle(int)");
        }

        @Override
        void describe() {
            note("Middle.describe(label=" + label + ",middleField=" + middleField + ",constant=" + constant + ")");
        }
    }

    static class Leaf extends Middle {
        final long id;

        {
            note("Leaf.block1");
        }

        Leaf(long id) {
            note("Leaf(long)");
            this.id = id;
        }

        {
            note("Leaf.block2");
        }
    }

    static class Fragile {
        static int made;
        final int value;

        Fragile(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            value = v;
            made++;
        }
    }

    public static void main(String[] args) {
        Leaf leaf = new Leaf(7);
        System.out.println(log.toString().trim());
        System.out.println("leaf " + leaf.id + " " + leaf.label + " " + leaf.baseField + " " + leaf.middleField);
        log.setLength(0);
        new Middle(2);
        System.out.println(log.toString().trim());
        Fragile[] made = new Fragile[4];
        int[] values = {1, -2, 3, -4};
        for (int i = 0; i < values.length; i++) {
            try {
                made[i] = new Fragile(values[i]);
            } catch (IllegalArgumentException e) {
                System.out.println("constructor threw: " + e.getMessage() + " slot " + i + " stays " + made[i]);
            }
        }
        System.out.println("made " + Fragile.made);
        Object anonymous = new Base() {
            int late = 9;

            @Override
            void describe() {
                note("anonymous.describe(late=" + late + ")");
            }
        };
        System.out.println(log.toString().trim() + " " + (anonymous instanceof Base));
    }
}
