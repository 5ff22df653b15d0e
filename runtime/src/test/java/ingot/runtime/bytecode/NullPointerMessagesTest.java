package ingot.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.runtime.classfile.MethodInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HotSpot is the oracle: the generated cases of {@link NullPointerCases}, compiled by javac
 * without and with {@code -g} (LocalVariableTable names), run on this JVM; each
 * NullPointerException's message must be the one {@link NullPointerMessages} computes for a
 * null-checking instruction on the line where it was thrown (each case is one line; where a line
 * holds several such instructions, HotSpot's message must be the message of one of them).
 */
class NullPointerMessagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyCaseGivesHotSpotsMessage(boolean debugInfo) throws Exception {
        NullPointerCases.Program program = NullPointerCases.generate();
        Path classes = compile(program.sources(), debugInfo);
        Map<String, ClassFile> classFiles = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            for (NullPointerCases.Case c : program.cases()) {
                NullPointerException npe = run(loader, c);
                if (npe == null) {
                    problems.add(c.label() + ": no NullPointerException");
                    continue;
                }
                StackTraceElement top = npe.getStackTrace()[0];
                ClassFile cf = classFiles.computeIfAbsent(top.getClassName(), n -> read(classes, n));
                String problem = compare(cf, top, npe.getMessage());
                if (problem != null) {
                    problems.add(c.label() + ": " + problem);
                }
                checked++;
            }
        }
        System.out.println("null-pointer messages" + (debugInfo ? " (-g)" : "") + ": " + program.cases().size()
                + " cases, " + checked + " compared with HotSpot, " + problems.size() + " differ");
        assertTrue(checked > 1000, "expected many cases, compared " + checked);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }

    /** Null when one of the null-checking instructions on the thrower's line gives HotSpot's message. */
    private static String compare(ClassFile cf, StackTraceElement top, String hotspot) {
        MethodInfo method = methodNamed(cf, top.getMethodName());
        NullPointerMessages messages = NullPointerMessages.of(cf, method);
        List<String> ours = new ArrayList<>();
        byte[] code = method.code().code();
        for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
            String message = messages.at(pc);
            if (message != null && method.code().lineAt(pc) == top.getLineNumber()) {
                if (message.equals(hotspot)) {
                    return messages.isNeverNull(pc) ? "pc " + pc + " threw, but we call its operand never null" : null;
                }
                ours.add("pc " + pc + ": " + message);
            }
        }
        return "HotSpot says [" + hotspot + "], we say " + ours;
    }

    /** New objects and arrays, constants and {@code this} are never null; everything else may be. */
    @org.junit.jupiter.api.Test
    void valuesThatCannotBeNull() throws Exception {
        Path classes = compile(Map.of("n/N.java", String.join("\n",
                "package n;",
                "public class N {",
                "    String f;",
                "    int ownField() { return f.length(); }",
                "    static int fresh() { return new StringBuilder().append(1).length(); }",
                "    static int constant() { return \"abc\".length(); }",
                "    static int table() { int[] t = {1, 2}; return t.length; }",
                "    static void raise() { throw new IllegalStateException(); }",
                "    void replaced(N other) { N self = this; self = other; self.f.length(); }",
                "    static int parameter(String s) { return s.length(); }",
                "}")), false);
        ClassFile cf = read(classes, "n.N");
        assertEquals("[true, false]", neverNull(cf, "ownField"), "getfield on this; invoke on the field's value");
        assertEquals("[true, true, false]", neverNull(cf, "fresh"), "<init> and append on new; length on a call");
        assertEquals("[true]", neverNull(cf, "constant"));
        assertEquals("[true, true, false]", neverNull(cf, "table"), "stores into the new array; length of a local");
        assertEquals("[true, true]", neverNull(cf, "raise"), "<init> on new; athrow of it");
        assertEquals("[false, false]", neverNull(cf, "replaced"));
        assertEquals("[false]", neverNull(cf, "parameter"));
    }

    /** isNeverNull at each null-checking instruction of the method, in code order. */
    private static String neverNull(ClassFile cf, String name) {
        MethodInfo method = methodNamed(cf, name);
        NullPointerMessages messages = NullPointerMessages.of(cf, method);
        List<Boolean> out = new ArrayList<>();
        byte[] code = method.code().code();
        for (int pc = 0; pc < code.length; pc += InstructionLength.at(code, pc)) {
            if (messages.action(pc) != null) {
                out.add(messages.isNeverNull(pc));
                assertEquals(messages.at(pc), messages.action(pc) + (messages.because(pc) == null ? "" : messages.because(pc)));
            }
        }
        return out.toString();
    }

    private static MethodInfo methodNamed(ClassFile cf, String name) {
        for (MethodInfo m : cf.methods()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(cf.name() + " has no method " + name);
    }

    private static NullPointerException run(ClassLoader loader, NullPointerCases.Case c) throws Exception {
        Method runner = loader.loadClass(c.className()).getMethod(c.runner());
        try {
            runner.invoke(null);
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                return npe;
            }
            throw e;
        }
    }

    private static ClassFile read(Path classes, String binaryName) {
        try {
            return ClassFileReader.read(Files.readAllBytes(classes.resolve(binaryName.replace('.', '/') + ".class")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path compile(Map<String, String> sources, boolean debugInfo) throws Exception {
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-nowarn", "-d", out.toString()));
        if (debugInfo) {
            args.add("-g");
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(errors), args.toArray(new String[0]));
        assertEquals(0, status, errors::toString);
        return out;
    }
}
