package conformance;

/** NullPointerException from the VM (field access, calls, arrays, unboxing, throw null, synchronized) with HotSpot's helpful messages. */
public class NullPointers {
    static class Node {
        int value;
        Node next;
        int[] data;

        int get() {
            return value;
        }
    }

    static Node root;

    public static void main(String[] args) {
        Node n = new Node();
        String s = null;
        int[] a = null;
        Integer boxed = null;
        for (int i = 0; i < 11; i++) {
            try {
                run(i, n, s, a, boxed);
                System.out.println(i + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(i + ": " + e.getMessage());
            }
        }
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("throw null: " + e.getMessage());
        }
        try {
            Object.class.cast(null).toString();
        } catch (NullPointerException e) {
            System.out.println("explicit: " + (e.getMessage() != null));
        }
        NullPointerException mine = new NullPointerException("my message");
        System.out.println("constructed: " + mine.getMessage() + " / " + new NullPointerException().getMessage());
    }

    static void run(int i, Node n, String s, int[] a, Integer boxed) {
        switch (i) {
            case 0: System.out.println(s.length()); break;
            case 1: System.out.println(n.next.value); break;
            case 2: n.next.value = 3; break;
            case 3: System.out.println(a[0]); break;
            case 4: a[1] = 2; break;
            case 5: System.out.println(a.length); break;
            case 6: System.out.println(boxed + 1); break;
            case 7: System.out.println(root.get()); break;
            case 8: System.out.println(n.data[0]); break;
            case 9: synchronized (s) { System.out.println("locked"); } break;
            default: System.out.println(n.next.next.get()); break;
        }
    }
}
