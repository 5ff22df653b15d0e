package ingot.runtime.classfile;

/**
 * A set of strings for finding duplicates: open addressing over a power-of-two table sized once
 * for the number of strings to come. No java.util, so it runs inside the image too.
 */
final class NameSet {
    private final String[] slots;
    private final int mask;

    NameSet(int expected) {
        int size = 4;
        while (size < expected * 2) {
            size <<= 1;
        }
        slots = new String[size];
        mask = size - 1;
    }

    /** Adds {@code s}; returns false when it was already there. */
    boolean add(String s) {
        int i = s.hashCode() & mask;
        while (slots[i] != null) {
            if (slots[i].equals(s)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = s;
        return true;
    }
}
