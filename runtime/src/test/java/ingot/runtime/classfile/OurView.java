package ingot.runtime.classfile;

import ingot.runtime.bytecode.InstructionLength;
import java.util.ArrayList;
import java.util.List;

/** What our reader sees in a class file, as lines in the shape {@link AsmView} writes. */
final class OurView {
    private OurView() {
    }

    static List<String> of(ClassFile c) {
        List<String> out = new ArrayList<>();
        out.add("class " + c.name() + " version " + c.majorVersion() + "." + c.minorVersion() + " access "
                + c.access() + " super " + c.superName() + " signature " + c.signature());
        for (String i : c.interfaces()) {
            out.add("interface " + i);
        }
        if (c.sourceFile() != null) {
            out.add("source " + c.sourceFile());
        }
        addClassAttributes(c, out);
        for (FieldInfo f : c.fields()) {
            out.add("field " + f.name() + " " + f.descriptor() + " access " + f.access() + " signature " + f.signature()
                    + " value " + constantText(constantValue(c.pool(), f.constantValue())));
        }
        for (MethodInfo m : c.methods()) {
            addMethod(m, out);
        }
        return out;
    }

    private static void addClassAttributes(ClassFile c, List<String> out) {
        if (c.nestHost() != null) {
            out.add("nesthost " + c.nestHost());
        }
        for (String s : orEmpty(c.nestMembers())) {
            out.add("nestmember " + s);
        }
        for (String s : orEmpty(c.permittedSubclasses())) {
            out.add("permitted " + s);
        }
        if (c.enclosingClass() != null) {
            int nt = c.enclosingMethod();
            ConstantPool pool = c.pool();
            out.add("enclosing " + c.enclosingClass() + " " + (nt == 0 ? null : pool.nameAndTypeName(nt)) + " "
                    + (nt == 0 ? null : pool.nameAndTypeDescriptor(nt)));
        }
        if (c.innerClasses() != null) {
            for (InnerClassEntry e : c.innerClasses()) {
                out.add("inner " + e.innerClass() + " " + e.outerClass() + " " + e.innerName() + " " + e.access());
            }
        }
        if (c.recordComponents() != null) {
            for (RecordComponent r : c.recordComponents()) {
                out.add("component " + r.name() + " " + r.descriptor() + " " + r.signature());
            }
        }
    }

    private static void addMethod(MethodInfo m, List<String> out) {
        out.add("method " + m.name() + m.descriptor() + " access " + m.access() + " signature " + m.signature());
        for (String e : m.exceptions()) {
            out.add("throws " + e);
        }
        CodeAttribute code = m.code();
        if (code == null) {
            return;
        }
        out.add("code max_stack " + code.maxStack() + " max_locals " + code.maxLocals() + " instructions "
                + instructionOffsets(code.code()));
        for (ExceptionHandler h : code.handlers()) {
            out.add("handler " + h.startPc() + " " + h.endPc() + " " + h.handlerPc() + " " + h.catchType());
        }
    }

    /** The offsets of the instructions, walking from 0; the walk must end exactly at the code's end. */
    static List<Integer> instructionOffsets(byte[] code) {
        List<Integer> offsets = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            offsets.add(pc);
            int length = InstructionLength.at(code, pc);
            if (length < 0) {
                offsets.add(-1);
                break;
            }
            pc += length;
        }
        return offsets;
    }

    static Object constantValue(ConstantPool pool, int index) {
        if (index == 0) {
            return null;
        }
        switch (pool.tag(index)) {
            case ConstantTag.INTEGER: return pool.intValue(index);
            case ConstantTag.FLOAT: return pool.floatValue(index);
            case ConstantTag.LONG: return pool.longValue(index);
            case ConstantTag.DOUBLE: return pool.doubleValue(index);
            case ConstantTag.STRING: return pool.string(index);
            default: return "tag " + pool.tag(index);
        }
    }

    /** A constant as text that tells its type and, for floating point, its exact bits. */
    static String constantText(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Float) {
            return "F" + Integer.toHexString(Float.floatToRawIntBits((Float) value));
        }
        if (value instanceof Double) {
            return "D" + Long.toHexString(Double.doubleToRawLongBits((Double) value));
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static String[] orEmpty(String[] a) {
        return a == null ? new String[0] : a;
    }
}
