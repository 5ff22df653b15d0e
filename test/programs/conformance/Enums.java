package conformance;

/** Enums: values(), ordinal, name, compareTo, fields and constructors, constant-specific bodies, abstract methods, interfaces, switch (lookups by name: EnumLookup). */
public class Enums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass;
        final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times!";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Level { LOW, MEDIUM, HIGH }

    interface Described {
        String describe();
    }

    enum Coin implements Described {
        PENNY, DIME;

        public String describe() {
            return name().charAt(0) + name().substring(1).toLowerCase() + "#" + ordinal();
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + p.ordinal() + " " + p.name() + " g=" + Math.round(p.gravity() * 100) / 100.0);
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol + " " + op.apply(6, 7) + " " + op.getClass().getSuperclass().getSimpleName()
                    + " " + op.getDeclaringClass().getSimpleName());
        }
        Level[] copy = Level.values();
        copy[0] = null;
        System.out.println("values is a copy " + Level.values()[0] + " " + Level.values().length + " " + Level.HIGH.compareTo(Level.LOW)
                + " " + (Level.MEDIUM == Level.values()[1]));
        for (Level l : Level.values()) {
            switch (l) {
                case LOW -> System.out.println("switch low");
                case MEDIUM -> System.out.println("switch medium");
                case HIGH -> System.out.println("switch high");
            }
        }
        for (Coin c : Coin.values()) {
            Described d = c;
            System.out.println(d.describe() + " " + c.compareTo(Coin.DIME));
        }
        System.out.println(Level.HIGH.getDeclaringClass().getName() + " " + Op.TIMES.getDeclaringClass().getName() + " "
                + Level.LOW.toString() + Level.MEDIUM.name() + " " + Level.class.getSuperclass().getName());
    }
}
