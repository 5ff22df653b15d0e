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
        addAnnotations("class", c.annotations(), c.pool(), out);
        addClassAttributes(c, out);
        for (FieldInfo f : c.fields()) {
            out.add("field " + f.name() + " " + f.descriptor() + " access " + f.access() + " signature " + f.signature()
                    + " value " + constantText(constantValue(c.pool(), f.constantValue())));
            addAnnotations("field " + f.name() + " " + f.descriptor(), f.annotations(), c.pool(), out);
        }
        for (MethodInfo m : c.methods()) {
            addMethod(m, out);
            addAnnotations("method " + m.name() + m.descriptor(), m.annotations(), c.pool(), out);
        }
        return out;
    }

    private static void addAnnotations(String owner, AnnotationInfo[] annotations, ConstantPool pool, List<String> out) {
        for (AnnotationInfo a : annotations) {
            out.add("annotation " + owner + " " + (a.isVisible() ? "visible" : "invisible") + " " + a.type() + " "
                    + annotationText(a, pool));
        }
    }

    /** {@code {name=value, ...}}, as {@link AsmAnnotationText} writes what ASM visits. */
    static String annotationText(AnnotationInfo a, ConstantPool pool) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < a.elementCount(); i++) {
            b.append(i > 0 ? ", " : "").append(a.elementName(i)).append('=')
                    .append(annotationValueText(a.elementValue(i), pool));
        }
        return b.append('}').toString();
    }

    /** A value as its tag and content; B, C, S and Z narrowed from their Integer constant as the JVM would. */
    static String annotationValueText(AnnotationValue v, ConstantPool pool) {
        int index = v.constantIndex();
        switch (v.tag()) {
            case 'B': return "B:" + (byte) pool.intValue(index);
            case 'C': return "C:" + (int) (char) pool.intValue(index);
            case 'S': return "S:" + (short) pool.intValue(index);
            case 'Z': return "Z:" + (pool.intValue(index) != 0);
            case 'I': return "I:" + pool.intValue(index);
            case 'J': return "J:" + pool.longValue(index);
            case 'F': return "F:" + Integer.toHexString(Float.floatToRawIntBits(pool.floatValue(index)));
            case 'D': return "D:" + Long.toHexString(Double.doubleToRawLongBits(pool.doubleValue(index)));
            case 's': return "s:" + v.text();
            case 'e': return "e:" + v.enumType() + "." + v.text();
            case 'c': return "c:" + v.text();
            case '@': return "@" + v.annotation().type() + annotationText(v.annotation(), pool);
            default: return arrayText(v.elements(), pool);
        }
    }

    private static String arrayText(AnnotationValue[] elements, ConstantPool pool) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < elements.length; i++) {
            b.append(i > 0 ? ", " : "").append(annotationValueText(elements[i], pool));
        }
        return b.append(']').toString();
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
