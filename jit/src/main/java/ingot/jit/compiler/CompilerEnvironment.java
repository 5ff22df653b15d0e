package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Symbol;

/**
 * What the compiler asks of the world it compiles into: where resolved methods and static fields
 * are, and which runtime routines to call. The translator answers from the closed world of the
 * image; the JIT will answer from the running VM. A reference that cannot be resolved is a
 * {@link CompileError} naming it.
 */
public interface CompilerEnvironment {
    /** The entry of the method an invokestatic of {@code owner.name descriptor} calls. */
    Symbol staticMethod(String owner, String name, String descriptor);

    /** The address of a static field's storage. */
    Mem staticField(String owner, String name, String descriptor);

    /**
     * The routine that throws one of the VM's own exceptions, or handles another slow path; each
     * name is one of {@link RuntimeRoutine}'s.
     */
    Symbol runtime(String routine);
}
