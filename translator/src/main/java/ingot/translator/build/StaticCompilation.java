package ingot.translator.build;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Mem;
import ingot.jit.asm.NasmWriter;
import ingot.jit.asm.Symbol;
import ingot.jit.compiler.CompileError;
import ingot.jit.compiler.CompiledMethod;
import ingot.jit.compiler.CompilerEnvironment;
import ingot.jit.compiler.MethodCompiler;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.FieldInfo;
import ingot.runtime.classfile.MethodInfo;
import ingot.translator.image.CodeTables;
import ingot.translator.image.Mangle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles every method reachable from the roots through static calls, and lays out the static
 * fields they use, as NASM text. The compiler asks for each reference through
 * {@link CompilerEnvironment}; each one resolved is queued, so the image holds what is reached and
 * nothing else.
 */
public final class StaticCompilation implements CompilerEnvironment {
    private final ClosedWorld world;
    private final NasmWriter text = new NasmWriter();
    private final Assembler asm = new Assembler(text);
    private final Deque<ClosedWorld.Member<MethodInfo>> pending = new ArrayDeque<>();
    private final Map<String, ClosedWorld.Member<MethodInfo>> methods = new LinkedHashMap<>();
    private final Map<String, ClosedWorld.Member<FieldInfo>> statics = new LinkedHashMap<>();
    private final CodeTables codeTables = new CodeTables();
    private final List<CompiledMethod> compiled = new ArrayList<>();
    private String compiling = "";

    public StaticCompilation(ClosedWorld world) {
        this.world = world;
        text.directive("section .text");
        text.directive("BITS 64");
    }

    /** Queues a method to be compiled and returns its entry symbol. */
    public String root(String owner, String name, String descriptor) {
        return staticMethod(owner, name, descriptor).name();
    }

    /** Compiles everything queued and reached; returns the NASM text of code and static data. */
    public String finish() {
        while (!pending.isEmpty()) {
            ClosedWorld.Member<MethodInfo> m = pending.removeFirst();
            compiling = m.owner.name() + "." + m.member.name() + m.member.descriptor();
            try {
                CompiledMethod method = MethodCompiler.compile(m.owner, m.member, symbolOf(m), asm, this);
                codeTables.add(method, m.owner, m.member, name -> classObject(name).name());
                compiled.add(method);
            } catch (CompileError | VerifyError e) {
                throw new BuildError(e.getMessage());
            }
        }
        asm.finish();
        return text.toString() + staticData() + codeTables.text();
    }

    /** The methods compiled so far, in code order. */
    public List<CompiledMethod> compiledMethods() {
        return Collections.unmodifiableList(compiled);
    }

    /** The method (declaring class and member) compiled to an entry symbol. */
    public ClosedWorld.Member<MethodInfo> methodOf(String entry) {
        return methods.get(entry);
    }

    @Override
    public Symbol staticMethod(String owner, String name, String descriptor) {
        ClosedWorld.Member<MethodInfo> found = world.resolveMethod(owner, name, descriptor);
        if (found == null) {
            throw new BuildError(compiling + " calls " + owner + "." + name + descriptor + ", which the image lacks");
        }
        String symbol = symbolOf(found);
        if (methods.putIfAbsent(symbol, found) == null) {
            pending.addLast(found);
        }
        return new Symbol(symbol);
    }

    @Override
    public Mem staticField(String owner, String name, String descriptor) {
        ClosedWorld.Member<FieldInfo> found = world.resolveField(owner, name, descriptor);
        if (found == null) {
            throw new BuildError(compiling + " uses " + owner + "." + name + " " + descriptor + ", which the image lacks");
        }
        String symbol = Mangle.staticField(found.owner.name(), name);
        statics.putIfAbsent(symbol, found);
        return Mem.rip(new Symbol(symbol), 0);
    }

    @Override
    public Symbol runtime(String routine) {
        return new Symbol(routine);
    }

    // The object model is not linked into images yet: code that reaches it cannot be built.

    @Override
    public Symbol directMethod(String owner, String name, String descriptor) {
        throw objectModel("calls " + owner + "." + name + descriptor);
    }

    @Override
    public int vtableIndex(String owner, String name, String descriptor) {
        throw objectModel("calls " + owner + "." + name + descriptor);
    }

    @Override
    public int itableIndex(String owner, String name, String descriptor) {
        throw objectModel("calls " + owner + "." + name + descriptor);
    }

    @Override
    public int instanceFieldOffset(String owner, String name, String descriptor) {
        throw objectModel("uses the field " + owner + "." + name);
    }

    @Override
    public int instanceSize(String className) {
        throw objectModel("allocates a " + className);
    }

    @Override
    public Symbol classObject(String className) {
        throw objectModel("uses the class " + className);
    }

    @Override
    public Symbol stringLiteral(String value) {
        throw objectModel("uses a string literal");
    }

    @Override
    public int vtableOffset() {
        throw objectModel("makes a virtual call");
    }

    private BuildError objectModel(String what) {
        return new BuildError(compiling + " " + what + ": objects are not in images yet (the linker is next)");
    }

    private static String symbolOf(ClosedWorld.Member<MethodInfo> m) {
        return Mangle.method(m.owner.name(), m.member.name(), m.member.descriptor());
    }

    /** One 8-byte slot per static field, holding its ConstantValue or zero. */
    private String staticData() {
        StringBuilder out = new StringBuilder("\nsection .data\nalign 8\n");
        for (Map.Entry<String, ClosedWorld.Member<FieldInfo>> e : statics.entrySet()) {
            FieldInfo f = e.getValue().member;
            out.append(e.getKey()).append(": dq ").append(initialBits(e.getValue().owner.pool(), f))
                    .append(" ; ").append(e.getValue().owner.name()).append('.').append(f.name()).append('\n');
        }
        return out.append("section .text\n").toString();
    }

    private static long initialBits(ConstantPool pool, FieldInfo f) {
        int index = f.constantValue();
        if (index == 0 || (f.access() & 0x0008) == 0) {
            return 0;
        }
        switch (pool.tag(index)) {
            case ConstantTag.INTEGER: return pool.intValue(index) & 0xFFFFFFFFL;
            case ConstantTag.FLOAT: return Float.floatToRawIntBits(pool.floatValue(index)) & 0xFFFFFFFFL;
            case ConstantTag.LONG: return pool.longValue(index);
            case ConstantTag.DOUBLE: return Double.doubleToRawLongBits(pool.doubleValue(index));
            default: throw new BuildError(f.name() + ": String constants need the object model, not there yet");
        }
    }
}
