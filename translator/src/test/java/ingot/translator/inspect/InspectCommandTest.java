package ingot.translator.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** {@code ingot inspect}: its output against what ASM sees, and its exit statuses and error lines. */
class InspectCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryMemberWithFlagsAndCode() throws IOException {
        Path file = write("Point.class", pointClass());
        Run run = run("inspect", file.toString());
        assertEquals(0, run.status, run.err);
        assertEquals(List.of(
                "class demo/Point (" + file + ")",
                "  version 61.0",
                "  flags 0x0031 public final super",
                "  super java/lang/Object",
                "  interfaces java/lang/Runnable",
                "  field x I flags 0x0002 private",
                "  method run ()V flags 0x0001 public",
                "    code max_stack=2 max_locals=1 code_length=8",
                "    handler start=0 end=5 handler=6 catch=java/lang/RuntimeException",
                "  method size ()I flags 0x0401 public abstract"), lines(run.out));
        assertEquals("", run.err);
    }

    @Test
    void summaryCountsAgreeWithAsmOverAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        List<byte[]> classes = List.of(pointClass(), classWithFields("demo/A", 3), classWithFields("demo/B", 0));
        writeJar(jar, classes);
        Run run = run("inspect", "--summary", jar.toString());
        assertEquals(0, run.status, run.err);
        assertEquals(List.of(asmSummary(classes)), lines(run.out));
    }

    @Test
    void summaryAddsUpOverSeveralInputs() throws IOException {
        Path a = write("A.class", classWithFields("demo/A", 2));
        Path b = write("B.class", classWithFields("demo/B", 5));
        Run run = run("inspect", "--summary", a.toString(), b.toString());
        assertEquals(List.of("classes=2 fields=7 methods=0 code-bytes=0"), lines(run.out));
    }

    @Test
    void badInputIsOneErrorLineAndStatusOne() throws IOException {
        byte[] cut = Arrays.copyOf(pointClass(), 40);
        Path truncated = write("Cut.class", cut);
        assertBadInput(run("inspect", truncated.toString()), truncated + ": ClassFormatError: class file: byte ");
        Path missing = dir.resolve("missing.jar");
        assertBadInput(run("inspect", missing.toString()), missing + ": no such file");
        Path text = write("notes.txt", "hello".getBytes());
        assertBadInput(run("inspect", text.toString()), text + ": neither a class file nor a jar");
        Path brokenJar = write("broken.jar", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertBadInput(run("inspect", brokenJar.toString()), brokenJar + ": ");
    }

    @Test
    void badClassInsideAJarNamesTheEntry() throws IOException {
        Path jar = dir.resolve("bad.jar");
        byte[] bad = pointClass();
        bad[7] = 99;
        writeJar(jar, List.of(bad));
        assertBadInput(run("inspect", jar.toString()), jar + "!demo/C0.class: UnsupportedClassVersionError: ");
    }

    @Test
    void usageErrorsAreStatusTwo() {
        Run none = run("inspect");
        assertEquals(2, none.status);
        assertTrue(none.err.startsWith("error: Missing required parameter"), none.err);
        assertEquals(2, run("inspect", "--no-such-option", "x.jar").status);
        assertEquals(2, run("no-such-command").status);
        assertEquals(2, run().status);
    }

    @Test
    void helpListsTheSubcommands() {
        Run help = run("--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("inspect"), help.out);
    }

    private static void assertBadInput(Run run, String expectedStart) {
        assertEquals(1, run.status, run.err);
        assertEquals("", run.out);
        List<String> errLines = lines(run.err);
        assertEquals(1, errLines.size(), run.err);
        assertTrue(errLines.get(0).startsWith("error: " + expectedStart), run.err);
    }

    /** classes=N fields=N methods=N code-bytes=N as ASM counts them (code bytes: last instruction's end). */
    private static String asmSummary(List<byte[]> classes) {
        long[] t = new long[4];
        for (byte[] b : classes) {
            t[0]++;
            new ClassReader(b).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
                    t[1]++;
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    t[2]++;
                    return null;
                }
            }, 0);
            t[3] += CodeLengths.total(b);
        }
        return "classes=" + t[0] + " fields=" + t[1] + " methods=" + t[2] + " code-bytes=" + t[3];
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static void writeJar(Path jar, List<byte[]> classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (int i = 0; i < classes.size(); i++) {
                out.putNextEntry(new JarEntry("demo/C" + i + ".class"));
                out.write(classes.get(i));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("not a class".getBytes());
            out.closeEntry();
        }
    }

    /** A class with one field, a method with a handler, and an abstract method. */
    static byte[] pointClass() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, "demo/Point", null,
                "java/lang/Object", new String[] {"java/lang/Runnable"});
        cw.visitField(Opcodes.ACC_PRIVATE, "x", "I", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", "()V", null, null);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitCode();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/RuntimeException");
        mv.visitLabel(start);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitFieldInsn(Opcodes.PUTFIELD, "demo/Point", "x", "I");
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitLabel(handler);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(2, 1);
        mv.visitEnd();
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "size", "()I", null, null).visitEnd();
        return cw.toByteArray();
    }

    private static byte[] classWithFields(String name, int fields) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        for (int i = 0; i < fields; i++) {
            cw.visitField(Opcodes.ACC_PUBLIC, "f" + i, "J", null, null).visitEnd();
        }
        return cw.toByteArray();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }
}
