package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Symbol;

/**
 * What the compiler asks of the world it compiles into: where resolved methods, fields, classes
 * and constants are, how objects and classes are laid out, and which runtime routines to call.
 * The translator answers from the closed world of the image; the JIT will answer from the running
 * VM. A reference that cannot be resolved is a {@link CompileError} naming it.
 */
public interface CompilerEnvironment {
    /** The static method of a lambda class ({@link #lambdaClass}) that a lambda call site calls. */
    String LAMBDA_FACTORY = "get$Lambda";

    /** The entry of the method an invokestatic of {@code owner.name descriptor} calls. */
    Symbol staticMethod(String owner, String name, String descriptor);

    /** The address of a static field's storage. */
    Mem staticField(String owner, String name, String descriptor);

    /**
     * The entry of the method an invokespecial calls, or an invokevirtual whose target cannot be
     * overridden (private or final, or in a final class).
     */
    Symbol directMethod(String owner, String name, String descriptor);

    /** The vtable slot an invokevirtual dispatches through, or -1 when {@link #directMethod} applies. */
    int vtableIndex(String owner, String name, String descriptor);

    /**
     * The interface whose itable an invokeinterface of {@code owner.name descriptor} goes through:
     * the interface that declares the method resolution finds (JVMS §5.4.3.4); null when
     * resolution finds a public method of java.lang.Object, which dispatches through the vtable.
     */
    String itableInterface(String owner, String name, String descriptor);

    /**
     * The entry an invokeinterface of {@code owner.name descriptor} calls directly when resolution
     * finds a private method of the interface (javac 17 calls private interface methods so; JVMS
     * §6.5 invokeinterface selects no other method then), or null when the call dispatches.
     */
    Symbol privateInterfaceMethod(String owner, String name, String descriptor);

    /** The index of an interface method in the itable of the interface {@link #itableInterface} named. */
    int itableIndex(String iface, String name, String descriptor);

    /** The byte offset of an instance field in its objects. */
    int instanceFieldOffset(String owner, String name, String descriptor);

    /** The instance size in bytes of objects of a class (header included). */
    int instanceSize(String className);

    /** The {@code java.lang.Class} object of a class or array type ({@code [I}, {@code [Ljava/lang/String;}). */
    Symbol classObject(String className);

    /** The interned String object of a literal. */
    Symbol stringLiteral(String value);

    /**
     * The Class object to initialise before a getstatic, putstatic or invokestatic of
     * {@code owner.name descriptor} (the member's declaring class), or before a {@code new} of
     * {@code owner} ({@code name} null) — or null when no check is needed there (JVMS §5.5: the class
     * has no initialiser to run, or the code being compiled can only run after it started).
     */
    Symbol initializationFor(String owner, String name, String descriptor);

    /**
     * The lowest stack pointer the frame of {@code owner.name descriptor} may reach (a 64-bit word
     * the VM lowers while it throws StackOverflowError), which its prologue compares against; null
     * where no check is made: the VM's routine that throws the error, and low-level
     * ({@code @Uninterruptible}) methods, which may throw nothing (their frames come out of the
     * reserve below the limit).
     */
    Mem stackLimit(String owner, String name, String descriptor);

    /**
     * The class standing for the LambdaMetafactory call site at {@code pc} of {@code method} (its
     * owner's name, then name and descriptor), an invokedynamic of the InvokeDynamic entry
     * {@code site} of {@code owner}'s pool: its static method {@link #LAMBDA_FACTORY}, whose
     * descriptor is the call site's, returns the function object. Each call site has its own class.
     */
    String lambdaClass(String owner, int site, String method, int pc);

    /**
     * The message a failed null check passes to {@link RuntimeRoutine#NULL_POINTER}: HotSpot's
     * text for what the instruction could not do and the cause clause ({@code because} null when
     * there is none), kept so that equal texts are stored once.
     */
    Symbol nullPointerMessage(String action, String because);

    /** The byte offset, in every Class object, of vtable slot 0. */
    int vtableOffset();

    /**
     * The routine that handles a slow path — throwing one of the VM's own exceptions, allocating,
     * type checks — by one of {@link RuntimeRoutine}'s names.
     */
    Symbol runtime(String routine);
}
