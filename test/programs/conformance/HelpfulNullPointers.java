package conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * NullPointerExceptions at every kind of site, each caught and its message printed, then one
 * nobody catches: the messages must be HotSpot's helpful ones (JEP 358), as must the uncaught
 * report (test: MainProgramTest).
 */
public class HelpfulNullPointers {
    static String staticName;
    static int[] staticInts;
    static Node staticNode;

    String name;
    Node head;
    int[][] grid;
    String[] names;

    enum Color { RED, GREEN }

    record Point(String label) {
    }

    interface Shape {
        double area();

        default String describe() {
            return "shape";
        }
    }

    static final class Node {
        Node next;
        int value;
        long wide;
        String label;
        int[] data;
        Node[] kids;

        Node(Node next) {
            this.next = next;
        }

        Node follow() {
            return next;
        }

        void touch() {
            value++;
        }
    }

    /** A holder whose constructor reads its argument's field. */
    static final class Reader {
        final int value;

        Reader(Node source) {
            value = source.value;
        }
    }

    /** What each case of {@link #run} does, in order. */
    static final String[] CASES = {
        "invokevirtual",
        "invokeinterface",
        "default method",
        "private-like call",
        "getfield",
        "putfield",
        "long field",
        "int array load",
        "long array load",
        "float array load",
        "double array load",
        "byte array load",
        "boolean array load",
        "char array load",
        "short array load",
        "object array load",
        "int array store",
        "long array store",
        "double array store",
        "byte array store",
        "char array store",
        "short array store",
        "float array store",
        "object array store",
        "array length",
        "array of arrays length",
        "athrow",
        "synchronized",
        "unboxing",
        "boxed array element",
        "string switch",
        "enum switch",
        "for over array",
        "for over list",
        "field chain",
        "short chain",
        "array element",
        "array element of field",
        "grid store",
        "method return",
        "method return field",
        "map lookup",
        "static field",
        "static array",
        "static chain",
        "null constant",
        "ternary",
        "cast",
        "this field",
        "this chain",
        "parameter after wide",
        "local after wide",
        "reassigned parameter",
        "record accessor",
        "null record",
        "constructor",
        "index arithmetic",
        "loop",
        "explicit",
        "explicit with message",
        "requireNonNull"
    };

    public static void main(String[] args) {
        HelpfulNullPointers npe = new HelpfulNullPointers();
        Node one = new Node(null);
        Node chain = new Node(new Node(new Node(new Node(new Node(new Node(null))))));
        for (int i = 0; i < CASES.length; i++) {
            try {
                run(i, npe, one, chain);
                System.out.println(CASES[i] + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(CASES[i] + ": " + e.getMessage());
            }
        }
        crash(null);
    }

    static void run(int which, HelpfulNullPointers npe, Node one, Node chain) {
        switch (which) {
            case 0: length(null); break;
            case 1: area(null); break;
            case 2: describe(null); break;
            case 3: touch(null); break;
            case 4: readNext(one); break;
            case 5: writeNext(one); break;
            case 6: readWide(null); break;
            case 7: loadInt(null); break;
            case 8: loadLong(null); break;
            case 9: loadFloat(null); break;
            case 10: loadDouble(null); break;
            case 11: loadByte(null); break;
            case 12: loadBoolean(null); break;
            case 13: loadChar(null); break;
            case 14: loadShort(null); break;
            case 15: loadObject(null); break;
            case 16: storeInt(null); break;
            case 17: storeLong(null, 7L); break;
            case 18: storeDouble(null); break;
            case 19: storeByte(null); break;
            case 20: storeChar(null); break;
            case 21: storeShort(null); break;
            case 22: storeFloat(null); break;
            case 23: storeObject(null); break;
            case 24: arrayLength(null); break;
            case 25: innerLength(new int[4][]); break;
            case 26: rethrow(null); break;
            case 27: lock(null); break;
            case 28: unbox(null); break;
            case 29: unboxElement(new Integer[2]); break;
            case 30: stringSwitch(null); break;
            case 31: enumSwitch(null); break;
            case 32: sumAll(null); break;
            case 33: countAll(null); break;
            case 34: deep(chain); break;
            case 35: shallow(new Node(new Node(null))); break;
            case 36: element(new String[2][3], 1, 2); break;
            case 37: npe.firstName(); break;
            case 38: npe.setCell(); break;
            case 39: returned(); break;
            case 40: followed(one); break;
            case 41: lookup(Map.of("a", 1)); break;
            case 42: staticLength(); break;
            case 43: staticArray(); break;
            case 44: staticChain(); break;
            case 45: constant(); break;
            case 46: ternary(true, null, null); break;
            case 47: cast(null); break;
            case 48: npe.nameLength(); break;
            case 49: npe.headValue(); break;
            case 50: wide(1L, 2.5, null); break;
            case 51: wideLocal(3L); break;
            case 52: reassigned("x"); break;
            case 53: recordLabel(new Point(null)); break;
            case 54: recordLabel(null); break;
            case 55: new Reader(null); break;
            case 56: indexed(new String[3], 1); break;
            case 57: loop(new String[] {"a", null}); break;
            case 58: explicit(); break;
            case 59: explicitMessage(); break;
            case 60: Objects.requireNonNull(null); break;
            default: throw new IllegalArgumentException("no case " + which);
        }
    }

    static int length(String s) {
        return s.length();
    }

    static double area(Shape shape) {
        return shape.area();
    }

    static String describe(Shape shape) {
        return shape.describe();
    }

    static void touch(Node node) {
        node.touch();
    }

    static int readNext(Node node) {
        return node.next.value;
    }

    static void writeNext(Node node) {
        node.next.value = 3;
    }

    static long readWide(Node node) {
        return node.wide;
    }

    static int loadInt(int[] a) {
        return a[0];
    }

    static long loadLong(long[] a) {
        return a[1];
    }

    static float loadFloat(float[] a) {
        return a[2];
    }

    static double loadDouble(double[] a) {
        return a[3];
    }

    static byte loadByte(byte[] a) {
        return a[4];
    }

    static boolean loadBoolean(boolean[] a) {
        return a[5];
    }

    static char loadChar(char[] a) {
        return a[6];
    }

    static short loadShort(short[] a) {
        return a[7];
    }

    static Object loadObject(Object[] a) {
        return a[8];
    }

    static void storeInt(int[] a) {
        a[0] = 1;
    }

    static void storeLong(long[] a, long v) {
        a[1] = v;
    }

    static void storeDouble(double[] a) {
        a[2] += 1.5;
    }

    static void storeByte(byte[] a) {
        a[3] = 4;
    }

    static void storeChar(char[] a) {
        a[4] = 'c';
    }

    static void storeShort(short[] a) {
        a[5] = 6;
    }

    static void storeFloat(float[] a) {
        a[6] = 7f;
    }

    static void storeObject(String[] a) {
        a[7] = "x";
    }

    static int arrayLength(int[] a) {
        return a.length;
    }

    static int innerLength(int[][] a) {
        return a[3].length;
    }

    static void rethrow(RuntimeException e) {
        throw e;
    }

    static void lock(Object o) {
        synchronized (o) {
            System.out.println("locked");
        }
    }

    static int unbox(Integer i) {
        return i;
    }

    static int unboxElement(Integer[] boxes) {
        int x = boxes[1];
        return x;
    }

    static int stringSwitch(String s) {
        switch (s) {
            case "a":
                return 1;
            default:
                return 0;
        }
    }

    static int enumSwitch(Color c) {
        switch (c) {
            case RED:
                return 1;
            default:
                return 2;
        }
    }

    static int sumAll(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    static int countAll(List<String> values) {
        int n = 0;
        for (String v : values) {
            n += v.length();
        }
        return n;
    }

    static int deep(Node n) {
        return n.next.next.next.next.next.next.next.value;
    }

    static int shallow(Node n) {
        return n.next.next.value;
    }

    static int element(String[][] table, int i, int j) {
        return table[i][j].length();
    }

    int firstName() {
        return names[0].length();
    }

    void setCell() {
        grid[1][2] = 3;
    }

    static Node nothing() {
        return null;
    }

    static int returned() {
        return nothing().value;
    }

    static int followed(Node n) {
        return n.follow().value;
    }

    static int lookup(Map<String, Integer> m) {
        int v = m.get("b");
        return v;
    }

    static int staticLength() {
        return staticName.length();
    }

    static int staticArray() {
        return staticInts[2];
    }

    static int staticChain() {
        return staticNode.next.value;
    }

    static int constant() {
        return ((String) null).length();
    }

    static int ternary(boolean c, String a, String b) {
        return (c ? a : b).length();
    }

    static int cast(Object o) {
        return ((String) o).length();
    }

    int nameLength() {
        return name.length();
    }

    int headValue() {
        return this.head.value;
    }

    static int wide(long a, double b, String s) {
        return s.length() + (int) (a + b);
    }

    static int wideLocal(long a) {
        double d = a * 2.0;
        String s = a > 100 ? "big" : null;
        return s.length() + (int) d;
    }

    static int reassigned(String s) {
        s = s.isEmpty() ? "empty" : null;
        return s.length();
    }

    static int recordLabel(Point p) {
        return p.label().length();
    }

    static int indexed(String[] a, int i) {
        return a[i + 1].length();
    }

    static int loop(String[] values) {
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            n += values[i].length();
        }
        return n;
    }

    static void explicit() {
        throw new NullPointerException();
    }

    static void explicitMessage() {
        throw new NullPointerException("made by the program");
    }

    static void crash(Node n) {
        System.out.println("and now one nobody catches");
        n.value = 42;
    }
}
