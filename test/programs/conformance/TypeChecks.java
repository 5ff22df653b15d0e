package conformance;

import java.io.Serializable;

/** instanceof and checkcast with classes, interfaces, arrays (covariant, primitive, multi-dimensional) and null. */
public class TypeChecks {
    interface Animal {
        String sound();
    }

    interface Pet extends Animal {
    }

    static class Dog implements Pet {
        public String sound() {
            return "woof";
        }
    }

    static class Puppy extends Dog {
    }

    static class Rock {
    }

    public static void main(String[] args) {
        Object[] things = {new Dog(), new Puppy(), new Rock(), "text", 42, new int[1], new String[1], new Object[1],
            new Dog[2], new int[1][1], new Puppy[1][1], null, new Comparable[0]};
        for (Object o : things) {
            System.out.println(name(o) + ": " + (o instanceof Object) + (o instanceof Animal) + (o instanceof Pet)
                    + (o instanceof Dog) + (o instanceof Puppy) + (o instanceof Comparable) + (o instanceof Serializable)
                    + (o instanceof Cloneable) + (o instanceof Object[]) + (o instanceof String[]) + (o instanceof int[])
                    + (o instanceof Animal[]) + (o instanceof Dog[][]) + (o instanceof Object[][]) + (o instanceof Number)
                    + " casts " + casts(o));
        }
        Animal a = new Puppy();
        Dog d = (Dog) a;
        Pet p = (Pet) d;
        System.out.println("chain " + p.sound() + " " + ((Animal) p).sound() + " " + (d == a));
        Object nothing = null;
        String s = (String) nothing;
        Dog[] dogs = (Dog[]) nothing;
        System.out.println("null casts " + s + " " + dogs);
        Object arr = new Puppy[3];
        Animal[] animals = (Animal[]) arr;
        Object[] objs = (Object[]) arr;
        System.out.println("array casts " + animals.length + " " + objs.length + " " + (arr instanceof Pet[]));
        Class<?>[] classes = {Object.class, Animal.class, Dog.class, Puppy.class, int[].class, Object[].class, Dog[].class,
            String.class};
        StringBuilder table = new StringBuilder("isInstance/isAssignableFrom");
        for (Class<?> c : classes) {
            table.append(' ').append(c.getSimpleName()).append('=').append(c.isInstance(new Puppy() ) ? 'Y' : 'n')
                    .append(c.isAssignableFrom(Puppy[].class) ? 'Y' : 'n').append(c.isInterface() ? 'I' : '-')
                    .append(c.isArray() ? 'A' : '-');
        }
        System.out.println(table);
        System.out.println("primitive " + int.class.getName() + " " + int.class.isPrimitive() + " " + Integer.TYPE + " "
                + double[].class.getComponentType() + " " + Dog.class.getSuperclass().getSimpleName() + " "
                + (Object.class.getSuperclass() == null));
    }

    static String casts(Object o) {
        StringBuilder out = new StringBuilder();
        out.append(tryCast(o, "Animal"));
        out.append(tryCast(o, "Object[]"));
        out.append(tryCast(o, "String"));
        out.append(tryCast(o, "int[]"));
        return out.toString();
    }

    static char tryCast(Object o, String to) {
        try {
            switch (to) {
                case "Animal": {
                    Animal a = (Animal) o;
                    break;
                }
                case "Object[]": {
                    Object[] a = (Object[]) o;
                    break;
                }
                case "String": {
                    String a = (String) o;
                    break;
                }
                default: {
                    int[] a = (int[]) o;
                }
            }
            return 'Y';
        } catch (ClassCastException e) {
            return 'n';
        }
    }

    static String name(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
