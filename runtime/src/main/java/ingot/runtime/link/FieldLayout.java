package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.FieldInfo;

/**
 * Lays out a class's instance fields after its superclass's (whose offsets are kept) and its
 * static fields in a statics block of its own. Own fields are placed by groups — references,
 * then long and double, int and float, char and short, byte and boolean; class-file order within
 * a group — each at the lowest free offset aligned to its size (see {@link FieldPlacer}).
 */
final class FieldLayout {
    /** The groups in placement order, by the first character of a descriptor. */
    private static final String[] GROUPS = {"L[", "JD", "IF", "CS", "BZ"};

    private FieldLayout() {
    }

    static void layOut(LinkedClass c) {
        layOutInstance(c);
        layOutStatics(c);
    }

    private static void layOutInstance(LinkedClass c) {
        LinkedClass sup = c.superclass;
        FieldSlot[] inherited = sup == null ? LinkedClass.NO_FIELDS : sup.instanceFields;
        int superSize = sup == null ? ObjectLayout.HEADER_SIZE : sup.instanceSize;
        FieldPlacer placer = new FieldPlacer(ObjectLayout.HEADER_SIZE);
        for (FieldSlot f : inherited) {
            placer.occupy(f.offset(), f.size());
        }
        ItemList<FieldSlot> all = new ItemList<>(inherited.length + c.classFile.fields().length);
        for (FieldSlot f : inherited) {
            all.add(f);
        }
        placeOwn(c, false, placer, all);
        c.instanceFields = all.copyInto(new FieldSlot[all.size()]);
        c.instanceSize = Math.max(superSize, ObjectLayout.alignUp(placer.end(), ObjectLayout.WORD_SIZE));
        c.instanceFieldTable = tableOf(c.instanceFields);
        c.referenceMap = referenceMap(c.instanceFields, c.instanceSize);
    }

    private static void layOutStatics(LinkedClass c) {
        FieldPlacer placer = new FieldPlacer(0);
        ItemList<FieldSlot> own = new ItemList<>();
        placeOwn(c, true, placer, own);
        c.staticFields = own.copyInto(new FieldSlot[own.size()]);
        c.staticsSize = ObjectLayout.alignUp(placer.end(), ObjectLayout.WORD_SIZE);
        c.staticFieldTable = tableOf(c.staticFields);
        c.staticReferenceMap = referenceMap(c.staticFields, c.staticsSize);
    }

    /** Places the class's own static or instance fields, group by group, appending them to {@code out}. */
    private static void placeOwn(LinkedClass c, boolean statics, FieldPlacer placer, ItemList<FieldSlot> out) {
        FieldInfo[] fields = c.classFile.fields();
        for (String group : GROUPS) {
            for (FieldInfo f : fields) {
                boolean isStatic = (f.access() & AccessFlags.STATIC) != 0;
                char type = f.descriptor().charAt(0);
                if (isStatic == statics && group.indexOf(type) >= 0) {
                    out.add(new FieldSlot(c, f, placer.place(ObjectLayout.sizeOf(type)), isStatic));
                }
            }
        }
    }

    /** Name and descriptor to index; a later field (a subclass's) hides an earlier one. */
    private static MemberTable tableOf(FieldSlot[] fields) {
        MemberTable table = new MemberTable(fields.length);
        for (int i = 0; i < fields.length; i++) {
            table.put(fields[i].name(), fields[i].descriptor(), i);
        }
        return table;
    }

    /** The bitmap of {@link LinkedClass#referenceMap()} for these fields in a block of {@code size} bytes. */
    static long[] referenceMap(FieldSlot[] fields, int size) {
        int words = size / ObjectLayout.WORD_SIZE;
        long[] bits = new long[(words + 63) >> 6];
        for (FieldSlot f : fields) {
            if (f.isReference()) {
                int word = f.offset() / ObjectLayout.WORD_SIZE;
                bits[word >> 6] |= 1L << (word & 63);
            }
        }
        return bits;
    }
}
