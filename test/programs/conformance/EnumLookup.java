package conformance;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Enum constants by name and by class: valueOf and its errors, Enum.valueOf, Class.getEnumConstants and isEnum, EnumMap and EnumSet. */
public class EnumLookup {
    enum Level { LOW, MEDIUM, HIGH }

    enum Op {
        PLUS {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS {
            int apply(int a, int b) {
                return a - b;
            }
        };

        abstract int apply(int a, int b);
    }

    public static void main(String[] args) {
        System.out.println(Level.valueOf("HIGH").compareTo(Level.LOW) + " " + Level.MEDIUM.equals(Level.valueOf("MEDIUM")) + " "
                + (Level.valueOf("LOW") == Level.LOW) + " " + Enum.valueOf(Level.class, "MEDIUM").ordinal() + " "
                + Op.valueOf("MINUS").apply(5, 3));
        try {
            Level.valueOf("EXTREME");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Level.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (String s : "LOW HIGH LOW MEDIUM LOW HIGH".split(" ")) {
            Level l = Level.valueOf(s);
            counts.put(l, counts.getOrDefault(l, 0) + 1);
        }
        System.out.println("counts " + counts);
        Set<Level> some = EnumSet.of(Level.HIGH, Level.LOW);
        System.out.println("set " + some + " " + EnumSet.complementOf(EnumSet.copyOf(some)) + " " + EnumSet.allOf(Op.class));
        System.out.println(Level.class.isEnum() + " " + Op.PLUS.getClass().isEnum() + " " + String.class.isEnum() + " "
                + java.util.Arrays.toString(Level.class.getEnumConstants()) + " " + Op.class.getEnumConstants().length);
    }
}
