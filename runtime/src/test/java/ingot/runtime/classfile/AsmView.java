package ingot.runtime.classfile;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * What ASM's ClassReader sees in a class file, written down as lines of text in the same shape as
 * {@link OurView}, so the two can be compared line by line.
 */
final class AsmView {
    private AsmView() {
    }

    static List<String> of(byte[] bytes) {
        List<String> out = new ArrayList<>();
        OffsetRecordingReader reader = new OffsetRecordingReader(bytes);
        reader.accept(new Collector(out, reader), 0);
        return out;
    }

    /** A ClassReader that reports the offset of every instruction it visits, and of every label. */
    static final class OffsetRecordingReader extends ClassReader {
        List<Integer> offsets;
        final java.util.Map<Label, Integer> labelOffsets = new java.util.IdentityHashMap<>();

        OffsetRecordingReader(byte[] bytes) {
            super(bytes);
        }

        @Override
        protected void readBytecodeInstructionOffset(int bytecodeOffset) {
            if (offsets != null) {
                offsets.add(bytecodeOffset);
            }
        }

        @Override
        protected Label readLabel(int bytecodeOffset, Label[] labels) {
            Label label = super.readLabel(bytecodeOffset, labels);
            labelOffsets.put(label, bytecodeOffset);
            return label;
        }
    }

    private static final class Collector extends ClassVisitor {
        private final List<String> out;
        private final OffsetRecordingReader reader;
        /** Annotation attributes mean nothing before major 49; our reader skips them there. */
        private boolean annotationsDefined;

        Collector(List<String> out, OffsetRecordingReader reader) {
            super(Opcodes.ASM9);
            this.out = out;
            this.reader = reader;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            annotationsDefined = (version & 0xFFFF) >= 49;
            out.add("class " + name + " version " + (version & 0xFFFF) + "." + (version >>> 16)
                    + " access " + (access & 0xFFFF) + " super " + superName + " signature " + signature);
            for (String i : interfaces == null ? new String[0] : interfaces) {
                out.add("interface " + i);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation("class", descriptor, visible);
        }

        AnnotationVisitor annotation(String owner, String descriptor, boolean visible) {
            return annotationsDefined ? AsmAnnotationText.line(out, owner, descriptor, visible) : null;
        }

        @Override
        public void visitSource(String source, String debug) {
            if (source != null) {
                out.add("source " + source);
            }
        }

        @Override
        public void visitNestHost(String nestHost) {
            out.add("nesthost " + nestHost);
        }

        @Override
        public void visitNestMember(String nestMember) {
            out.add("nestmember " + nestMember);
        }

        @Override
        public void visitPermittedSubclass(String permittedSubclass) {
            out.add("permitted " + permittedSubclass);
        }

        @Override
        public void visitOuterClass(String owner, String name, String descriptor) {
            out.add("enclosing " + owner + " " + name + " " + descriptor);
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            out.add("inner " + name + " " + outerName + " " + innerName + " " + access);
        }

        @Override
        public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
            out.add("component " + name + " " + descriptor + " " + signature);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            out.add("field " + name + " " + descriptor + " access " + (access & 0xFFFF) + " signature " + signature
                    + " value " + OurView.constantText(value));
            String owner = "field " + name + " " + descriptor;
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return Collector.this.annotation(owner, annotation, visible);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            out.add("method " + name + descriptor + " access " + (access & 0xFFFF) + " signature " + signature);
            for (String e : exceptions == null ? new String[0] : exceptions) {
                out.add("throws " + e);
            }
            reader.offsets = new ArrayList<>();
            return new CodeCollector(out, reader, this, "method " + name + descriptor);
        }
    }

    private static final class CodeCollector extends MethodVisitor {
        private final List<String> out;
        private final OffsetRecordingReader reader;
        private final List<Object[]> handlers = new ArrayList<>();
        private final Collector owner;
        private final String method;

        CodeCollector(List<String> out, OffsetRecordingReader reader, Collector owner, String method) {
            super(Opcodes.ASM9);
            this.out = out;
            this.reader = reader;
            this.owner = owner;
            this.method = method;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return owner.annotation(method, descriptor, visible);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            handlers.add(new Object[] {start, end, handler, type});
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            out.add("code max_stack " + maxStack + " max_locals " + maxLocals + " instructions " + reader.offsets);
            for (Object[] h : handlers) {
                out.add("handler " + reader.labelOffsets.get(h[0]) + " " + reader.labelOffsets.get(h[1]) + " "
                        + reader.labelOffsets.get(h[2]) + " " + h[3]);
            }
        }

        @Override
        public void visitEnd() {
            reader.offsets = null;
        }
    }
}
