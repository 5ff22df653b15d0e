package ingot.runtime.link;

/** Linked classes by internal name: open addressing over a power-of-two table. */
final class ClassTable {
    private String[] names = new String[64];
    private LinkedClass[] classes = new LinkedClass[64];
    private int size;

    LinkedClass get(String name) {
        int mask = names.length - 1;
        for (int i = slotOf(name, mask); names[i] != null; i = (i + 1) & mask) {
            if (names[i].equals(name)) {
                return classes[i];
            }
        }
        return null;
    }

    void put(String name, LinkedClass linked) {
        if ((size + 1) * 2 > names.length) {
            grow();
        }
        insert(name, linked);
    }

    int size() {
        return size;
    }

    private void insert(String name, LinkedClass linked) {
        int mask = names.length - 1;
        int i = slotOf(name, mask);
        while (names[i] != null) {
            if (names[i].equals(name)) {
                classes[i] = linked;
                return;
            }
            i = (i + 1) & mask;
        }
        names[i] = name;
        classes[i] = linked;
        size++;
    }

    private void grow() {
        String[] oldNames = names;
        LinkedClass[] oldClasses = classes;
        names = new String[oldNames.length * 2];
        classes = new LinkedClass[oldNames.length * 2];
        size = 0;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) {
                insert(oldNames[i], oldClasses[i]);
            }
        }
    }

    private static int slotOf(String name, int mask) {
        int h = name.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
