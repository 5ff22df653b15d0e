package conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The VM's limits as Java errors: StackOverflowError from deep recursion, caught and recovered
 * from more than once; OutOfMemoryError for arrays larger than the heap or than the VM allows,
 * caught, with allocation going on afterwards; and at last an uncaught StackOverflowError, whose
 * report HotSpot cuts at 1024 frames.
 */
public class VmLimits {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    static int spin(int n) { return spin(n + 1) + 1; }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": " + e + ", deep: " + (depth > 2000)
                        + ", frames: " + e.getStackTrace().length + ", top: " + e.getStackTrace()[0].getMethodName());
            }
        }
        try {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println(e);
        }
        try {
            int[] tooLong = new int[Integer.MAX_VALUE];
            System.out.println(tooLong.length);
        } catch (OutOfMemoryError e) {
            System.out.println(e);
        }
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            after.add("item " + i);
        }
        System.out.println(after.size() + " " + after.get(99));
        spin(0);
    }
}
