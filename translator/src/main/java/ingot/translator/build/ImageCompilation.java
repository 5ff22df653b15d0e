package ingot.translator.build;

import ingot.jit.asm.Assembler;
import ingot.jit.asm.Mem;
import ingot.jit.asm.NasmWriter;
import ingot.jit.asm.Symbol;
import ingot.jit.compiler.CompileError;
import ingot.jit.compiler.CompiledMethod;
import ingot.jit.compiler.CompilerEnvironment;
import ingot.jit.compiler.MethodCompiler;
import ingot.jit.compiler.RuntimeRoutine;
import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.runtime.classfile.FieldInfo;
import ingot.runtime.classfile.MethodInfo;
import ingot.runtime.exec.ClassWords;
import ingot.runtime.link.FieldSlot;
import ingot.runtime.link.LinkedClass;
import ingot.runtime.link.Linker;
import ingot.runtime.link.VirtualMethod;
import ingot.translator.image.ClassObjects;
import ingot.translator.image.CodeTables;
import ingot.translator.image.Mangle;
import ingot.translator.image.NullPointerTexts;
import ingot.translator.image.StringLiterals;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles every method the roots reach — through calls, through the vtables and itables of the
 * classes whose Class objects the code uses, and through the runtime routines — and writes the
 * image's data: Class objects, static fields, string literals and the code tables, as NASM text.
 * The compiler asks for each reference through {@link CompilerEnvironment}; each one is resolved
 * in the closed world and linked by the runtime's {@link Linker}.
 */
public final class ImageCompilation implements CompilerEnvironment, ClassObjects.Symbols {
    /** java.lang.Class must declare no instance fields: the VM's words start right after the header. */
    private static final int CLASS_HEADER = 16;

    private final ClosedWorld world;
    private final Linker linker;
    private final NasmWriter text = new NasmWriter();
    private final Assembler asm = new Assembler(text);
    private final Deque<ClosedWorld.Member<MethodInfo>> pending = new ArrayDeque<>();
    private final Map<String, ClosedWorld.Member<MethodInfo>> methods = new LinkedHashMap<>();
    private final Map<String, ClosedWorld.Member<FieldInfo>> statics = new LinkedHashMap<>();
    private final Map<String, LinkedClass> classes = new LinkedHashMap<>();
    private final Set<Character> primitives = new LinkedHashSet<>();
    private final StringLiterals strings = new StringLiterals();
    private final CodeTables codeTables = new CodeTables();
    private final NullPointerTexts nullPointerTexts = new NullPointerTexts();
    private final List<CompiledMethod> compiled = new ArrayList<>();
    private String compiling = "";
    private ClassFile compilingClass;

    public ImageCompilation(ClosedWorld world) {
        this.world = world;
        this.linker = new Linker(world::find);
        text.directive("section .text");
        text.directive("BITS 64");
    }

    /** Queues a method to be compiled and returns its entry symbol. */
    public String root(String owner, String name, String descriptor) {
        return staticMethod(owner, name, descriptor).name();
    }

    /** Compiles everything reached; returns the NASM text of code and data. */
    public String finish() {
        StringBuilder data = new StringBuilder("\nsection .data\n");
        Set<String> written = new LinkedHashSet<>();
        drain(data, written);
        String staticText = staticData();
        drain(data, written);
        for (char p : primitives) {
            data.append(ClassObjects.writePrimitive(p));
        }
        data.append(strings.text(linker));
        asm.finish();
        return text.toString() + data + staticText + codeTables.text() + nullPointerTexts.text();
    }

    /** Compiles what is pending and writes the Class objects registered, until neither grows. */
    private void drain(StringBuilder data, Set<String> written) {
        while (!pending.isEmpty() || written.size() < classes.size()) {
            compilePending();
            for (LinkedClass k : new ArrayList<>(classes.values())) {
                if (written.add(k.name())) {
                    data.append(ClassObjects.write(k, this));
                }
            }
        }
    }

    /** The methods compiled, in code order. */
    public List<CompiledMethod> compiledMethods() {
        return Collections.unmodifiableList(compiled);
    }

    /**
     * The native methods the image calls or dispatches to, by entry symbol: the image must define
     * each (the VM's assembly, until natives map to Java implementations).
     */
    public Map<String, String> nativeMethods() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ClosedWorld.Member<MethodInfo>> e : methods.entrySet()) {
            MethodInfo m = e.getValue().member;
            if ((m.access() & AccessFlags.NATIVE) != 0) {
                out.put(e.getKey(), e.getValue().owner.name() + "." + m.name() + m.descriptor());
            }
        }
        return out;
    }

    /** The method (declaring class and member) compiled to an entry symbol. */
    public ClosedWorld.Member<MethodInfo> methodOf(String entry) {
        return methods.get(entry);
    }

    private void compilePending() {
        while (!pending.isEmpty()) {
            ClosedWorld.Member<MethodInfo> m = pending.removeFirst();
            compiling = m.owner.name() + "." + m.member.name() + m.member.descriptor();
            compilingClass = m.owner;
            try {
                CompiledMethod method = MethodCompiler.compile(m.owner, m.member, symbolOf(m), asm, this);
                codeTables.add(method, m.owner, m.member, name -> classObject(name).name());
                compiled.add(method);
            } catch (CompileError | LinkageError e) {
                throw new BuildError(e.getMessage());
            }
        }
    }

    // ---- methods ----

    @Override
    public Symbol staticMethod(String owner, String name, String descriptor) {
        return new Symbol(use(resolve(owner, name, descriptor)));
    }

    @Override
    public Symbol directMethod(String owner, String name, String descriptor) {
        return new Symbol(use(resolve(owner, name, descriptor)));
    }

    @Override
    public int vtableIndex(String owner, String name, String descriptor) {
        LinkedClass k = link(owner);
        int slot = k.vtableIndex(name, descriptor);
        if (slot >= 0) {
            classLabel(k);
        }
        return slot;
    }

    @Override
    public String itableInterface(String owner, String name, String descriptor) {
        LinkedClass iface = link(owner);
        for (LinkedClass k : withSuperinterfaces(iface)) {
            if (k.itableIndex(k, name, descriptor) >= 0) {
                classLabel(k);
                return k.name();
            }
        }
        if (iface.vtableIndex(name, descriptor) >= 0) {
            return null;
        }
        throw new BuildError(compiling + " calls " + owner + "." + name + descriptor + ", which the image lacks");
    }

    @Override
    public int itableIndex(String iface, String name, String descriptor) {
        LinkedClass k = link(iface);
        return k.itableIndex(k, name, descriptor);
    }

    private static List<LinkedClass> withSuperinterfaces(LinkedClass iface) {
        List<LinkedClass> out = new ArrayList<>();
        out.add(iface);
        Collections.addAll(out, iface.allInterfaces());
        return out;
    }

    private ClosedWorld.Member<MethodInfo> resolve(String owner, String name, String descriptor) {
        ClosedWorld.Member<MethodInfo> found = world.resolveMethod(owner, name, descriptor);
        if (found == null) {
            throw new BuildError(compiling + " calls " + owner + "." + name + descriptor + ", which the image lacks");
        }
        return found;
    }

    /**
     * Queues a method and returns its symbol. A native goes to its Java implementation or shim
     * routine when the VM has one ({@link NativeMethods}); other natives are left for the image's
     * assembly to define.
     */
    private String use(ClosedWorld.Member<MethodInfo> m) {
        if ((m.member.access() & AccessFlags.NATIVE) != 0) {
            String[] implementation = NativeMethods.implementation(m.owner.name(), m.member.name(), m.member.descriptor());
            if (implementation != null && implementation.length == 1) {
                return implementation[0];
            }
            if (implementation != null) {
                return use(resolve(implementation[0], implementation[1], implementation[2]));
            }
        }
        String symbol = symbolOf(m);
        if (methods.putIfAbsent(symbol, m) == null && (m.member.access() & AccessFlags.NATIVE) == 0
                && (m.member.access() & AccessFlags.ABSTRACT) == 0) {
            pending.addLast(m);
        }
        return symbol;
    }

    @Override
    public String entry(VirtualMethod v) {
        if (v.isConflict()) {
            return runtime(RuntimeRoutine.CONFLICTING_METHOD).name();
        }
        if (v.isIllegalAccess()) {
            return runtime(RuntimeRoutine.ILLEGAL_ACCESS_METHOD).name();
        }
        if (v.isAbstract()) {
            return runtime(RuntimeRoutine.ABSTRACT_METHOD).name();
        }
        return use(new ClosedWorld.Member<>(v.owner().classFile(), v.method()));
    }

    private static String symbolOf(ClosedWorld.Member<MethodInfo> m) {
        return Mangle.method(m.owner.name(), m.member.name(), m.member.descriptor());
    }

    // ---- objects and classes ----

    @Override
    public int instanceFieldOffset(String owner, String name, String descriptor) {
        FieldSlot slot = link(owner).instanceField(name, descriptor);
        if (slot == null) {
            throw new BuildError(compiling + " uses " + owner + "." + name + " " + descriptor + ", which the image lacks");
        }
        return slot.offset();
    }

    @Override
    public int instanceSize(String className) {
        return link(className).instanceSize();
    }

    @Override
    public Symbol classObject(String className) {
        if (className.length() == 1) {
            primitives.add(className.charAt(0));
            return new Symbol(ClassObjects.label(className));
        }
        return new Symbol(classLabel(link(className)));
    }

    @Override
    public Symbol stringLiteral(String value) {
        classLabel(link("java/lang/String"));
        classLabel(link("[C"));
        return new Symbol(strings.label(value));
    }

    @Override
    public Symbol nullPointerMessage(String action, String because) {
        return new Symbol(nullPointerTexts.label(action, because));
    }

    @Override
    public String initializer(LinkedClass k) {
        MethodInfo clinit = clinitOf(k);
        return clinit == null ? null : use(new ClosedWorld.Member<>(k.classFile(), clinit));
    }

    @Override
    public boolean needsInitialization(LinkedClass k) {
        for (LinkedClass c = k; c != null && !c.isArray(); c = c.isInterface() ? null : c.superclass()) {
            if (clinitOf(c) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Symbol initializationFor(String owner, String name, String descriptor) {
        String declaring = owner;
        if (name != null && descriptor.startsWith("(")) {
            declaring = resolve(owner, name, descriptor).owner.name();
        } else if (name != null) {
            ClosedWorld.Member<FieldInfo> field = world.resolveField(owner, name, descriptor);
            declaring = field == null ? owner : field.owner.name();
        }
        LinkedClass d = link(declaring);
        if (!needsInitialization(d) || (compilingClass != null && runsAfterInitializationOf(d))) {
            return null;
        }
        return new Symbol(classLabel(d));
    }

    /** Code of the class being compiled runs only once it, and so its superclasses, started initialising. */
    private boolean runsAfterInitializationOf(LinkedClass d) {
        LinkedClass current = link(compilingClass.name());
        return !current.isInterface() && !d.isInterface() && current.isAssignableTo(d);
    }

    private static MethodInfo clinitOf(LinkedClass k) {
        if (k.classFile() == null) {
            return null;
        }
        for (MethodInfo m : k.classFile().methods()) {
            if (m.name().equals("<clinit>")) {
                return m;
            }
        }
        return null;
    }

    @Override
    public int vtableOffset() {
        return ClassWords.VTABLE;
    }

    /** Registers a class's Class object (and what it points to) for writing; returns its label. */
    @Override
    public String classLabel(LinkedClass k) {
        if (classes.putIfAbsent(k.name(), k) == null) {
            LinkedClass classClass = link("java/lang/Class");
            if (classClass.instanceSize() != CLASS_HEADER) {
                throw new BuildError("java/lang/Class declares instance fields; the VM keeps its words at offset 16");
            }
            classes.putIfAbsent(classClass.name(), classClass);
            if (k.isArray() && k.elementClass() == null) {
                primitives.add(k.elementType());
            }
        }
        return ClassObjects.label(k.name());
    }

    private LinkedClass link(String name) {
        try {
            return linker.link(name);
        } catch (LinkageError e) {
            throw new BuildError(compiling + " needs " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
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
        String[] java = RuntimeRoutines.javaMethod(routine);
        return java == null ? new Symbol(routine) : staticMethod(java[0], java[1], java[2]);
    }

    /** One 8-byte slot per static field, holding its ConstantValue or zero (a String constant: its literal). */
    private String staticData() {
        StringBuilder out = new StringBuilder("\nsection .data\nalign 8\n");
        for (Map.Entry<String, ClosedWorld.Member<FieldInfo>> e : statics.entrySet()) {
            FieldInfo f = e.getValue().member;
            out.append(e.getKey()).append(": dq ").append(initialValue(e.getValue().owner, f))
                    .append(" ; ").append(e.getValue().owner.name()).append('.').append(f.name()).append('\n');
        }
        return out.append("section .text\n").toString();
    }

    /**
     * Static fields whose initial value the translator provides (a symbol of the image): the
     * primitive types' Class objects, by field of ingot.runtime.exec.PrimitiveClasses,
     * ObjectClone.cloneable, Unwinder.codeTable (the code tables' address) and
     * StringNatives.literals (every string literal).
     */
    private static final String PRIMITIVE_CLASSES = "ingot/runtime/exec/PrimitiveClasses";
    private static final Map<String, Character> PROVIDED_PRIMITIVES = Map.of(
            "booleanClass", 'Z', "byteClass", 'B', "charClass", 'C', "shortClass", 'S', "intClass", 'I',
            "longClass", 'J', "floatClass", 'F', "doubleClass", 'D', "voidClass", 'V');

    private String initialValue(ClassFile owner, FieldInfo f) {
        if (owner.name().equals(PRIMITIVE_CLASSES) && PROVIDED_PRIMITIVES.containsKey(f.name())) {
            return classObject(String.valueOf(PROVIDED_PRIMITIVES.get(f.name()))).name();
        }
        if (owner.name().equals("ingot/runtime/exec/ObjectClone") && f.name().equals("cloneable")) {
            return classObject("java/lang/Cloneable").name();
        }
        if (owner.name().equals("ingot/runtime/exec/Unwinder") && f.name().equals("codeTable")) {
            return "ingot_code_table";
        }
        if (owner.name().equals("ingot/runtime/exec/StringNatives") && f.name().equals("literals")) {
            classObject("[Ljava/lang/Object;");
            strings.requestAll();
            return StringLiterals.ALL;
        }
        ConstantPool pool = owner.pool();
        int index = f.constantValue();
        if (index == 0 || (f.access() & AccessFlags.STATIC) == 0) {
            return "0";
        }
        switch (pool.tag(index)) {
            case ConstantTag.INTEGER: return Long.toString(pool.intValue(index) & 0xFFFFFFFFL);
            case ConstantTag.FLOAT: return Long.toString(Float.floatToRawIntBits(pool.floatValue(index)) & 0xFFFFFFFFL);
            case ConstantTag.LONG: return Long.toString(pool.longValue(index));
            case ConstantTag.DOUBLE: return Long.toString(Double.doubleToRawLongBits(pool.doubleValue(index)));
            default: return stringLiteral(pool.string(index)).name();
        }
    }
}
