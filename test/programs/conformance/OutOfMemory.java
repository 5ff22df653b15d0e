package conformance;

/** OutOfMemoryError as a Java exception: one impossible array, then a heap filled chunk by chunk; both caught, and the program goes on. */
public class OutOfMemory {
    static Object[] keep;

    public static void main(String[] args) {
        try {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getClass().getName());
        }
        int chunks = 0;
        try {
            keep = new Object[1 << 16];
            while (true) {
                keep[chunks] = new byte[1 << 20];
                chunks++;
            }
        } catch (OutOfMemoryError e) {
            keep = null;
            System.out.println("filled: " + e.getMessage() + " after many chunks: " + (chunks > 8));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append(i);
        }
        System.out.println("recovered " + sb.length());
    }
}
