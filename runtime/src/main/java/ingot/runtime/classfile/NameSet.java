package ingot.runtime.classfile;

/**
 * A set of (name, descriptor) pairs for finding duplicate members: open addressing over a
 * power-of-two table sized once for the number of pairs to come. No java.util, so it runs inside
 * the image too. Pass a null descriptor to use it as a set of names.
 */
final class NameSet {
    private final String[] names;
    private final String[] descriptors;
    private final int mask;

    NameSet(int expected) {
        int size = 4;
        while (size < expected * 2) {
            size <<= 1;
        }
        names = new String[size];
        descriptors = new String[size];
        mask = size - 1;
    }

    /** Adds the pair; returns false when it was already there. */
    boolean add(String name, String descriptor) {
        int hash = name.hashCode() * 31 + (descriptor == null ? 0 : descriptor.hashCode());
        int i = (hash ^ (hash >>> 16)) & mask;
        while (names[i] != null) {
            if (names[i].equals(name) && (descriptor == null ? descriptors[i] == null : descriptor.equals(descriptors[i]))) {
                return false;
            }
            i = (i + 1) & mask;
        }
        names[i] = name;
        descriptors[i] = descriptor;
        return true;
    }
}
