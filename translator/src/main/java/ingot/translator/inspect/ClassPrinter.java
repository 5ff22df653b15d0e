package ingot.translator.inspect;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.CodeAttribute;
import ingot.runtime.classfile.ExceptionHandler;
import ingot.runtime.classfile.FieldInfo;
import ingot.runtime.classfile.MethodInfo;
import java.io.PrintWriter;

/**
 * Prints one class as {@code ingot inspect} shows it:
 * <pre>
 * class demo/Main (demo.jar!demo/Main.class)
 *   version 61.0
 *   flags 0x0021 public super
 *   super java/lang/Object
 *   interfaces java/lang/Runnable
 *   field count I flags 0x0002 private
 *   method run ()V flags 0x0001 public
 *     code max_stack=2 max_locals=1 code_length=9
 *     handler start=0 end=4 handler=7 catch=java/lang/Exception
 * </pre>
 */
final class ClassPrinter {
    private final PrintWriter out;

    ClassPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ClassFile c, String origin) {
        out.println("class " + c.name() + " (" + origin + ")");
        out.println("  version " + c.majorVersion() + "." + c.minorVersion());
        out.println("  flags " + flags(c.access(), AccessFlags.KIND_CLASS));
        out.println("  super " + (c.superName() == null ? "none" : c.superName()));
        out.println("  interfaces " + (c.interfaces().length == 0 ? "none" : String.join(" ", c.interfaces())));
        for (FieldInfo f : c.fields()) {
            out.println("  field " + f.name() + " " + f.descriptor() + " flags " + flags(f.access(), AccessFlags.KIND_FIELD));
        }
        for (MethodInfo m : c.methods()) {
            printMethod(m);
        }
    }

    private void printMethod(MethodInfo m) {
        out.println("  method " + m.name() + " " + m.descriptor() + " flags " + flags(m.access(), AccessFlags.KIND_METHOD));
        CodeAttribute code = m.code();
        if (code == null) {
            return;
        }
        out.println("    code max_stack=" + code.maxStack() + " max_locals=" + code.maxLocals()
                + " code_length=" + code.codeLength());
        for (ExceptionHandler h : code.handlers()) {
            out.println("    handler start=" + h.startPc() + " end=" + h.endPc() + " handler=" + h.handlerPc()
                    + " catch=" + (h.catchType() == null ? "any" : h.catchType()));
        }
    }

    private static String flags(int access, int kind) {
        String names = AccessFlags.describe(access, kind);
        String hex = String.format("0x%04x", access);
        return names.isEmpty() ? hex : hex + " " + names;
    }
}
