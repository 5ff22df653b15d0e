package ingot.runtime.bytecode;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.Descriptors;
import ingot.runtime.classfile.MethodInfo;
import ingot.runtime.classfile.StackMapFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds javac's StackMapTable states at each frame, decoded as JVMS §4.7.4 says (frames are
 * deltas from the previous one, starting from the method's initial frame): the oracle for
 * {@link KindAnalysis}.
 */
final class StackMapKinds {
    private StackMapKinds() {
    }

    /** pc → {locals by slot, stack by value}, in kinds. */
    static Map<Integer, byte[][]> of(MethodInfo m) {
        Map<Integer, byte[][]> out = new LinkedHashMap<>();
        List<Byte> locals = initialLocals(m);
        int pc = -1;
        for (StackMapFrame f : m.code().stackMap()) {
            pc += f.offsetDelta() + 1;
            int type = f.frameType();
            byte[] stack = new byte[0];
            if ((type > StackMapFrame.SAME_MAX && type <= StackMapFrame.SAME_LOCALS_1_STACK_ITEM_MAX)
                    || type == StackMapFrame.SAME_LOCALS_1_STACK_ITEM_EXTENDED) {
                stack = new byte[] {kind(f.stack()[0])};
            } else if (type >= StackMapFrame.CHOP_MIN && type < StackMapFrame.SAME_EXTENDED) {
                for (int i = 0; i < StackMapFrame.SAME_EXTENDED - type; i++) {
                    locals.remove(locals.size() - 1);
                }
            } else if (type > StackMapFrame.SAME_EXTENDED && type <= StackMapFrame.APPEND_MAX) {
                for (int t : f.locals()) {
                    locals.add(kind(t));
                }
            } else if (type == StackMapFrame.FULL) {
                locals = new ArrayList<>();
                for (int t : f.locals()) {
                    locals.add(kind(t));
                }
                stack = new byte[f.stack().length];
                for (int i = 0; i < stack.length; i++) {
                    stack[i] = kind(f.stack()[i]);
                }
            }
            out.put(pc, new byte[][] {slots(locals, m.code().maxLocals()), stack});
        }
        return out;
    }

    private static List<Byte> initialLocals(MethodInfo m) {
        List<Byte> locals = new ArrayList<>();
        if ((m.access() & AccessFlags.STATIC) == 0) {
            locals.add(Kind.REF);
        }
        String d = m.descriptor();
        for (int i = 1; d.charAt(i) != ')'; ) {
            locals.add(Kind.ofDescriptor(d, i));
            i = Descriptors.fieldTypeEnd(d, i);
        }
        return locals;
    }

    /** Expands verification types to slots: long and double take a second, TOP slot. */
    private static byte[] slots(List<Byte> locals, int maxLocals) {
        byte[] out = new byte[maxLocals];
        int slot = 0;
        for (byte k : locals) {
            out[slot] = k;
            slot += Kind.size(k);
        }
        return out;
    }

    private static byte kind(int verificationType) {
        switch (StackMapFrame.tagOf(verificationType)) {
            case StackMapFrame.TOP: return Kind.TOP;
            case StackMapFrame.INTEGER: return Kind.INT;
            case StackMapFrame.FLOAT: return Kind.FLOAT;
            case StackMapFrame.LONG: return Kind.LONG;
            case StackMapFrame.DOUBLE: return Kind.DOUBLE;
            default: return Kind.REF; // null, object, uninitialized, uninitializedThis
        }
    }
}
