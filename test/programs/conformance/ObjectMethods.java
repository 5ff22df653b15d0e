package conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Object's methods overridden and inherited: equals/hashCode in hash maps, toString, clone of arrays and Cloneable classes, CloneNotSupportedException, getClass, Objects helpers. */
public class ObjectMethods {
    static final class Key {
        final String name;
        final int version;

        Key(String name, int version) {
            this.name = name;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return version == k.version && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, version);
        }

        @Override
        public String toString() {
            return name + "@v" + version;
        }
    }

    static class Sheep implements Cloneable {
        String name;
        int[] tags = {1, 2};

        Sheep(String name) {
            this.name = name;
        }

        @Override
        public Sheep clone() {
            try {
                Sheep copy = (Sheep) super.clone();
                copy.tags = tags.clone();
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Stone {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<Key, String> map = new HashMap<>();
        map.put(new Key("a", 1), "first");
        map.put(new Key("b", 2), "second");
        map.put(new Key("a", 1), "replaced");
        System.out.println(map.size() + " " + map.get(new Key("a", 1)) + " " + map.containsKey(new Key("b", 3)) + " "
                + new Key("x", 9) + " " + new Key("a", 1).hashCode() + " " + new Key("a", 1).equals(null));
        Sheep dolly = new Sheep("dolly");
        Sheep copy = dolly.clone();
        copy.name = "polly";
        copy.tags[0] = 99;
        System.out.println(dolly.name + " " + dolly.tags[0] + " " + copy.name + " " + copy.tags[0] + " " + (copy.getClass() == Sheep.class));
        try {
            new Stone().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("not cloneable: " + e.getMessage());
        }
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + shallow[1].length + " " + (shallow[0] == grid[0]));
        Object[] objects = {"s", 1, 2.5, 'c', true, null, new int[0], new Key("k", 0)};
        StringBuilder classes = new StringBuilder();
        for (Object o : objects) {
            classes.append(o == null ? "null" : o.getClass().getName()).append(' ');
        }
        System.out.println(classes.toString().trim());
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.hashCode(null) + " "
                + Objects.toString(null, "default") + " " + Objects.toString(5) + " " + Objects.isNull(null) + " "
                + Objects.requireNonNullElse(null, "else") + " " + Objects.hash(1, "two", 3.0) + " " + Objects.hash());
        try {
            Objects.requireNonNull(null, "value must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        Object plain = new Object();
        System.out.println(plain.equals(plain) + " " + plain.equals(new Object()) + " " + (plain.hashCode() == plain.hashCode())
                + " " + plain.toString().startsWith("java.lang.Object@") + " " + "text".equals(new String("text")) + " "
                + (new String("text") != "text"));
    }
}
