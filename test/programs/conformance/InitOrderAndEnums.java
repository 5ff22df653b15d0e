package conformance;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;

/**
 * Class initialisation as JVMS §5.5 orders it (superclass, superinterfaces with default
 * methods, then the class), its failures (ExceptionInInitializerError, then NoClassDefFoundError),
 * enum constants through reflection-free paths (valueOf, EnumSet, EnumMap), arrays of run-time
 * component types, and an uncaught initialiser failure at the end.
 */
public class InitOrderAndEnums {
    static final StringBuilder log = new StringBuilder();

    static String note(String s) {
        log.append(s).append(' ');
        return s;
    }

    interface Plain {
        String P = note("Plain");
    }

    interface WithDefault extends Plain {
        String W = note("WithDefault");

        default int size() {
            return 1;
        }
    }

    interface Other {
        String O = note("Other");

        default int other() {
            return 2;
        }
    }

    static class Base implements Other {
        static {
            note("Base");
        }
    }

    static class Derived extends Base implements WithDefault {
        static int value = Integer.parseInt(note("7"));

        static {
            note("Derived");
        }
    }

    static class Failing {
        static int value = fail();

        static int fail() {
            throw new IllegalStateException("no value");
        }
    }

    static class FailingWithError {
        static {
            if (log != null) {
                throw new AssertionError("broken");
            }
        }

        static void touch() {
        }
    }

    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        System.out.println(Derived.value + " " + log);
        System.out.println("Plain after: " + Plain.P + " / " + log);
        try {
            System.out.println(Failing.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e + " cause " + e.getCause());
        }
        try {
            System.out.println(Failing.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second: " + e);
        }
        try {
            FailingWithError.touch();
        } catch (AssertionError e) {
            System.out.println("error: " + e);
        }
        try {
            FailingWithError.touch();
        } catch (NoClassDefFoundError e) {
            System.out.println("again: " + e.getMessage());
        }
        System.out.println(Color.valueOf("GREEN") + " " + Color.values().length + " " + Color.BLUE.ordinal());
        try {
            Color.valueOf("PINK");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        EnumMap<Color, Integer> map = new EnumMap<>(Color.class);
        map.put(Color.BLUE, 3);
        map.put(Color.RED, 1);
        System.out.println(map + " " + EnumSet.complementOf(EnumSet.of(Color.GREEN)) + " " + EnumSet.allOf(Color.class));
        List<String> names = new ArrayList<>(List.of("b", "a"));
        String[] array = names.toArray(new String[0]);
        System.out.println(array.length + " " + array.getClass().getName() + " " + (array.getClass() == String[].class));
        Object ints = Array.newInstance(int.class, 3);
        System.out.println(ints.getClass().getName() + " " + Array.getLength(ints) + " " + (ints instanceof int[]));
        Object nested = Array.newInstance(InitOrderAndEnums[].class, 2);
        System.out.println(nested.getClass().getName() + " " + nested.getClass().getSimpleName() + " "
                + (nested instanceof Object[][]) + " " + nested.getClass().getComponentType().getName());
        Object fresh = Array.newInstance(Derived.class, 1);
        System.out.println(fresh.getClass().getName() + " " + (fresh.getClass() == Array.newInstance(Derived.class, 0).getClass()));
        try {
            Array.newInstance(int.class, -2);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e.getMessage());
        }
        System.out.println(Later.VALUE);
    }

    static class Later {
        static final Object VALUE = compute();

        static Object compute() {
            throw new UnsupportedOperationException("later");
        }
    }
}
