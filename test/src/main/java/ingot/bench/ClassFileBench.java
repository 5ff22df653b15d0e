package ingot.bench;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class-file parsing over every class of the JDK: our reader (which also format-checks) against
 * ASM's ClassReader visiting everything, fields and code included. Goal: at least as fast as ASM.
 */
public final class ClassFileBench {
    private static final MethodVisitor CODE_VISITOR = new MethodVisitor(Opcodes.ASM9) { };
    private static final FieldVisitor FIELD_VISITOR = new FieldVisitor(Opcodes.ASM9) { };
    private static final ClassVisitor FULL_VISIT = new ClassVisitor(Opcodes.ASM9) {
        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            return FIELD_VISITOR;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return CODE_VISITOR;
        }
    };
    private static volatile Object sink;

    private ClassFileBench() {
    }

    public static void main(String[] args) {
        List<byte[]> classes = JdkClassBytes.all();
        long bytes = JdkClassBytes.totalBytes(classes);
        long[] nanos = Stopwatch.compare(() -> parseOurs(classes), () -> parseAsm(classes), 5, 7);
        System.out.printf("class-file parse: %d classes, %.1f MB%n", classes.size(), bytes / 1e6);
        System.out.printf("  ingot ClassFileReader: %7.1f MB/s%n", Stopwatch.megabytesPerSecond(bytes, nanos[0]));
        System.out.printf("  ASM ClassReader      : %7.1f MB/s%n", Stopwatch.megabytesPerSecond(bytes, nanos[1]));
        System.out.printf("  ratio ingot/ASM time : %.2f (goal <= 1.00)%n", (double) nanos[0] / nanos[1]);
    }

    private static void parseOurs(List<byte[]> classes) {
        ClassFile last = null;
        for (byte[] b : classes) {
            last = ClassFileReader.read(b);
        }
        sink = last;
    }

    private static void parseAsm(List<byte[]> classes) {
        for (byte[] b : classes) {
            new ClassReader(b).accept(FULL_VISIT, 0);
        }
        sink = classes;
    }
}
