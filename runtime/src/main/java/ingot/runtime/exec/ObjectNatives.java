package ingot.runtime.exec;

import ingot.runtime.clock.Idle;
import ingot.runtime.mem.Mem;

/**
 * The natives of Object, Class and System about identity: getClass reads the class word;
 * identity hash codes are made on first use and kept in the object's hash word (offset 8), from
 * a xorshift sequence, never 0.
 */
public final class ObjectNatives {
    private static final int HASH_WORD = 8;
    private static int seed = 0x2545F491;

    private ObjectNatives() {
    }

    /** Object.getClass. */
    public static Object getClass(Object object) {
        return ClassNames.classOf(object);
    }

    /** Object.hashCode and System.identityHashCode (0 for null). */
    public static int identityHashCode(Object object) {
        if (object == null) {
            return 0;
        }
        long word = Mem.addressOf(object) + HASH_WORD;
        int hash = Mem.loadInt(word);
        if (hash == 0) {
            hash = next();
            Mem.storeInt(word, hash);
        }
        return hash;
    }

    /** Object.notify and notifyAll: with one thread nobody waits. */
    public static void notifyOne(Object object) {
    }

    /**
     * Object.wait: with one thread nothing can notify, so a timed wait sleeps until its timeout;
     * wait(0) returns at once, a spurious wakeup, which the specification allows (callers wait in
     * a loop on their condition).
     */
    public static void waitFor(Object object, long timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Idle.sleep(timeoutMillis > Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE : timeoutMillis * 1_000_000);
    }

    /** Class.getName: the binary name; a primitive type's keyword. */
    public static String className(Object type) {
        return ClassNames.binaryName(type);
    }

    private static int next() {
        int x = seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed = x;
        return (x & 0x7FFFFFFF) == 0 ? 1 : x & 0x7FFFFFFF;
    }
}
