package ingot.runtime.classfile;

/**
 * The entries of a method's LocalVariableTable attributes (JVMS §4.7.13), concatenated in file
 * order: for each, the code range {@code [startPc, startPc + length)} in which local slot
 * {@code index} holds the variable {@code name}. Stock javac writes them only with {@code -g}.
 */
public final class LocalVariables {
    static final LocalVariables NONE = new LocalVariables(new int[0], new String[0]);

    /** Triples: startPc, length, index. */
    private final int[] ranges;
    private final String[] names;

    LocalVariables(int[] ranges, String[] names) {
        this.ranges = ranges;
        this.names = names;
    }

    public int count() {
        return names.length;
    }

    /** The name of the first entry for local {@code slot} whose range covers {@code pc}, or null. */
    public String nameAt(int slot, int pc) {
        for (int i = 0; i < names.length; i++) {
            int start = ranges[3 * i];
            if (ranges[3 * i + 2] == slot && start <= pc && pc < start + ranges[3 * i + 1]) {
                return names[i];
            }
        }
        return null;
    }

    /** This table followed by {@code count} more entries; the reader fills them in with {@link #set}. */
    LocalVariables grow(int count) {
        int[] r = new int[ranges.length + 3 * count];
        System.arraycopy(ranges, 0, r, 0, ranges.length);
        String[] n = new String[names.length + count];
        System.arraycopy(names, 0, n, 0, names.length);
        return new LocalVariables(r, n);
    }

    void set(int i, int startPc, int length, int index, String name) {
        ranges[3 * i] = startPc;
        ranges[3 * i + 1] = length;
        ranges[3 * i + 2] = index;
        names[i] = name;
    }
}
