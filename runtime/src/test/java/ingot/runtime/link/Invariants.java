package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.MethodInfo;
import java.util.ArrayList;
import java.util.List;

/** Structural invariants of a linked class; each violation is one line in the returned list. */
final class Invariants {
    private Invariants() {
    }

    static List<String> check(LinkedClass c) {
        List<String> problems = new ArrayList<>();
        if (c.isArray()) {
            return problems;
        }
        checkBlock(c, c.instanceFields(), ObjectLayout.HEADER_SIZE, c.instanceSize(), c.referenceMap(), false, problems);
        checkBlock(c, c.staticFields(), 0, c.staticsSize(), c.staticReferenceMap(), true, problems);
        checkPrefix(c, problems);
        checkVtable(c, problems);
        checkItables(c, problems);
        return problems;
    }

    /** Fields inside the block, aligned, not overlapping; the reference map exactly the reference words. */
    private static void checkBlock(LinkedClass c, FieldSlot[] fields, int start, int size, long[] map, boolean statics,
                                   List<String> problems) {
        String what = c.name() + (statics ? " statics" : " instance");
        if (size % 8 != 0 || size < start) {
            problems.add(what + ": size " + size);
        }
        boolean[] used = new boolean[size];
        long[] expected = new long[(size / 8 + 63) / 64];
        for (FieldSlot f : fields) {
            if (f.isStatic() != statics) {
                problems.add(what + ": " + f + " in the wrong block");
            }
            if (f.offset() < start || f.offset() + f.size() > size || f.offset() % f.size() != 0) {
                problems.add(what + ": " + f + " misplaced (size " + size + ")");
                continue;
            }
            for (int i = f.offset(); i < f.offset() + f.size(); i++) {
                if (used[i]) {
                    problems.add(what + ": " + f + " overlaps at byte " + i);
                    break;
                }
                used[i] = true;
            }
            if (f.isReference()) {
                int w = f.offset() / 8;
                expected[w >> 6] |= 1L << (w & 63);
            }
        }
        if (!java.util.Arrays.equals(expected, map)) {
            problems.add(what + ": reference map " + java.util.Arrays.toString(map) + ", fields say "
                + java.util.Arrays.toString(expected));
        }
        int declared = 0;
        if (c.classFile() != null) {
            for (var f : c.classFile().fields()) {
                declared += ((f.access() & AccessFlags.STATIC) != 0) == statics ? 1 : 0;
            }
        }
        int own = 0;
        for (FieldSlot f : fields) {
            own += f.owner() == c ? 1 : 0;
        }
        if (own != declared) {
            problems.add(what + ": " + own + " own fields laid out, " + declared + " declared");
        }
    }

    private static void checkPrefix(LinkedClass c, List<String> problems) {
        LinkedClass sup = c.superclass();
        if (sup == null) {
            return;
        }
        FieldSlot[] mine = c.instanceFields();
        FieldSlot[] theirs = sup.instanceFields();
        if (c.instanceSize() < sup.instanceSize() || mine.length < theirs.length) {
            problems.add(c.name() + ": smaller than its superclass");
            return;
        }
        for (int i = 0; i < theirs.length; i++) {
            if (mine[i] != theirs[i]) {
                problems.add(c.name() + ": inherited field " + i + " is " + mine[i] + ", superclass has " + theirs[i]);
            }
        }
    }

    private static void checkVtable(LinkedClass c, List<String> problems) {
        VirtualMethod[] v = c.vtable();
        VirtualMethod[] sv = c.superclass() == null ? new VirtualMethod[0] : c.superclass().vtable();
        if (v.length < sv.length) {
            problems.add(c.name() + ": vtable shorter than its superclass's");
            return;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                problems.add(c.name() + ": vtable slot " + i + " empty");
            } else if (i < sv.length && !(v[i].name().equals(sv[i].name()) && v[i].descriptor().equals(sv[i].descriptor()))) {
                problems.add(c.name() + ": slot " + i + " was " + sv[i] + ", now " + v[i]);
            }
        }
        if (c.isInterface()) {
            return;
        }
        for (MethodInfo m : c.classFile().methods()) {
            boolean virtual = (m.access() & (AccessFlags.STATIC | AccessFlags.PRIVATE)) == 0 && !m.name().startsWith("<");
            int slot = c.vtableIndex(m.name(), m.descriptor());
            if (virtual && (slot < 0 || v[slot].method() != m)) {
                problems.add(c.name() + ": " + m.name() + m.descriptor() + " has no slot of its own (" + slot + ")");
            }
            if (!virtual && slot >= 0) {
                problems.add(c.name() + ": non-virtual " + m.name() + m.descriptor() + " has slot " + slot);
            }
        }
    }

    private static void checkItables(LinkedClass c, List<String> problems) {
        if (c.isInterface()) {
            return;
        }
        for (LinkedClass iface : c.allInterfaces()) {
            VirtualMethod[] methods = iface.interfaceMethods();
            for (int i = 0; i < methods.length; i++) {
                VirtualMethod e = c.itableEntry(iface, i);
                if (e == null || !e.name().equals(methods[i].name()) || !e.descriptor().equals(methods[i].descriptor())
                    || c.itableIndex(iface, methods[i].name(), methods[i].descriptor()) != i) {
                    problems.add(c.name() + ": itable " + iface.name() + "[" + i + "] is " + e + " for " + methods[i]);
                }
            }
        }
    }
}
