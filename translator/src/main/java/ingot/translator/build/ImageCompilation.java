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
import ingot.runtime.exec.StackGuard;
import ingot.runtime.link.FieldSlot;
import ingot.runtime.link.LinkedClass;
import ingot.runtime.link.Linker;
import ingot.runtime.link.ObjectLayout;
import ingot.runtime.link.VirtualMethod;
import ingot.translator.check.ClassWorld;
import ingot.translator.check.LowLevelChecker;
import ingot.translator.check.Marks;
import ingot.translator.image.ClassObjects;
import ingot.translator.image.CodeTables;
import ingot.translator.image.Mangle;
import ingot.translator.image.NullPointerTexts;
import ingot.translator.image.StringLiterals;
import ingot.translator.lambda.LambdaSiteException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
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
    private final LambdaClasses lambdas;
    /** Objects of the image heap that static fields point at (the instances of non-capturing lambdas). */
    private final StringBuilder staticObjects = new StringBuilder();
    private String compiling = "";
    private ClassFile compilingClass;

    /** @throws BuildError listing every violation of the low-level rules (DESIGN.md) in the world */
    public ImageCompilation(ClosedWorld world) {
        checkLowLevelRules(world);
        this.world = world;
        this.linker = new Linker(world::find);
        this.lambdas = new LambdaClasses(world);
        text.directive("section .text");
        text.directive("BITS 64");
    }

    private static void checkLowLevelRules(ClosedWorld world) {
        List<ClassFile> all = new ArrayList<>();
        world.classes().forEach(all::add);
        List<String> violations = LowLevelChecker.violations(new ClassWorld(all));
        if (!violations.isEmpty()) {
            throw new BuildError(violations.size() + " violations of the @Uninterruptible rules:\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Queues a method to be compiled and returns its entry symbol. */
    public String root(String owner, String name, String descriptor) {
        return staticMethod(owner, name, descriptor).name();
    }

    /** Compiles everything reached; returns the NASM text of code and data. */
    public String finish() {
        StringBuilder data = new StringBuilder("\nsection .data\n");
        Set<String> written = new LinkedHashSet<>();
        StringBuilder staticText = new StringBuilder("\nsection .data\nalign 8\n");
        Set<String> staticsWritten = new HashSet<>();
        // a static's initial value may need a class (a lambda's instance), whose methods need statics
        do {
            drain(data, written);
            staticData(staticText, staticsWritten);
        } while (!pending.isEmpty() || written.size() < classes.size());
        staticText.append(staticObjects).append("section .text\n");
        Set<String> allClasses = new LinkedHashSet<>(written);
        for (char p : primitives) {
            data.append(ClassObjects.writePrimitive(p));
            allClasses.add(String.valueOf(p));
        }
        data.append(ClassObjects.arrayClassLinks(allClasses));
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
    public Symbol privateInterfaceMethod(String owner, String name, String descriptor) {
        ClassFile iface = world.find(owner);
        if (iface == null) {
            return null;
        }
        for (MethodInfo m : iface.methods()) {
            if (m.name().equals(name) && m.descriptor().equals(descriptor) && (m.access() & AccessFlags.PRIVATE) != 0) {
                return directMethod(owner, name, descriptor);
            }
        }
        return null;
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
            if (clinitOf(c) != null || !interfacesToInitialize(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> initInterfaces(LinkedClass k) {
        List<String> out = new ArrayList<>();
        for (LinkedClass i : interfacesToInitialize(k)) {
            out.add(classLabel(i));
        }
        return out;
    }

    /**
     * JVMS §5.5 step 7: a class's superinterfaces, direct or indirect, that declare a non-abstract
     * non-static method, each interface's superinterfaces before it, in interfaces-array order;
     * kept only when they have a {@code <clinit>} (initialising the others does nothing).
     */
    private List<LinkedClass> interfacesToInitialize(LinkedClass k) {
        Set<LinkedClass> order = new LinkedHashSet<>();
        if (!k.isInterface() && !k.isArray()) {
            for (LinkedClass i : k.interfaces()) {
                enumerateSuperinterfaces(i, order);
            }
        }
        List<LinkedClass> out = new ArrayList<>();
        for (LinkedClass i : order) {
            if (clinitOf(i) != null && declaresDefaultMethod(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static void enumerateSuperinterfaces(LinkedClass i, Set<LinkedClass> order) {
        for (LinkedClass s : i.interfaces()) {
            enumerateSuperinterfaces(s, order);
        }
        order.add(i);
    }

    private static boolean declaresDefaultMethod(LinkedClass i) {
        for (MethodInfo m : i.classFile().methods()) {
            if ((m.access() & (AccessFlags.ABSTRACT | AccessFlags.STATIC)) == 0 && !m.name().startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String enumValues(LinkedClass k) {
        ClassFile c = k.classFile();
        if (c == null || (c.access() & AccessFlags.ENUM) == 0 || !"java/lang/Enum".equals(c.superName())) {
            return null;
        }
        for (MethodInfo m : c.methods()) {
            if (m.name().equals("values") && m.descriptor().equals("()[L" + c.name() + ";")
                    && (m.access() & AccessFlags.STATIC) != 0) {
                return staticMethod(c.name(), m.name(), m.descriptor()).name();
            }
        }
        return null;
    }

    @Override
    public boolean isApplication(LinkedClass k) {
        LinkedClass element = k;
        while (element != null && element.isArray()) {
            element = element.elementClass();
        }
        return element != null && world.isApplication(element.name());
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
    public Mem stackLimit(String owner, String name, String descriptor) {
        String[] thrower = RuntimeRoutines.javaMethod(RuntimeRoutine.STACK_OVERFLOW);
        boolean isThrower = owner.equals(thrower[0]) && name.equals(thrower[1]) && descriptor.equals(thrower[2]);
        ClosedWorld.Member<MethodInfo> method = world.resolveMethod(owner, name, descriptor);
        boolean lowLevel = method != null && Marks.isUninterruptible(method.owner, method.member);
        return isThrower || lowLevel ? null : staticField(STACK_GUARD, "limit", "J");
    }

    @Override
    public String lambdaClass(String owner, int site, String method, int pc) {
        try {
            return lambdas.classFor(owner, site, method, pc);
        } catch (LambdaSiteException e) {
            throw new BuildError(method + ": pc " + pc + ": " + e.getMessage());
        }
    }

    /** The number of classes made for lambda call sites. */
    public int lambdaClassCount() {
        return lambdas.count();
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

    /** One 8-byte slot per static field not written yet, holding its ConstantValue or zero (a String constant: its literal). */
    private void staticData(StringBuilder out, Set<String> written) {
        for (Map.Entry<String, ClosedWorld.Member<FieldInfo>> e : new ArrayList<>(statics.entrySet())) {
            if (!written.add(e.getKey())) {
                continue;
            }
            FieldInfo f = e.getValue().member;
            out.append(e.getKey()).append(": dq ").append(initialValue(e.getValue().owner, f))
                    .append(" ; ").append(e.getValue().owner.name()).append('.').append(f.name()).append('\n');
        }
    }

    /**
     * Static fields whose initial value the translator provides (a symbol of the image): the
     * primitive types' Class objects, by field of ingot.runtime.exec.PrimitiveClasses,
     * ObjectClone.cloneable, StackGuard.bottom and limit (from the boot stack's symbol),
     * Unwinder.codeTable (the code tables' address),
     * StringNatives.literals (every string literal) and the instance field of a non-capturing
     * lambda's class (an object of the image heap).
     */
    private static final String PRIMITIVE_CLASSES = "ingot/runtime/exec/PrimitiveClasses";
    private static final String STACK_GUARD = "ingot/runtime/exec/StackGuard";
    private static final Map<String, Character> PROVIDED_PRIMITIVES = Map.of(
            "booleanClass", 'Z', "byteClass", 'B', "charClass", 'C', "shortClass", 'S', "intClass", 'I',
            "longClass", 'J', "floatClass", 'F', "doubleClass", 'D', "voidClass", 'V');

    /** A zeroed instance of a class in the image heap (header: its Class object, hash/lock word 0); returns its label. */
    private String imageInstance(String className) {
        String classLabel = classObject(className).name();
        String label = classLabel + ".instance";
        int size = link(className).instanceSize();
        staticObjects.append("align 8\n").append(label).append(":\n    dq ").append(classLabel).append(", 0\n");
        if (size > ObjectLayout.HEADER_SIZE) {
            staticObjects.append("    times ").append(size - ObjectLayout.HEADER_SIZE).append(" db 0\n");
        }
        return label;
    }

    private String initialValue(ClassFile owner, FieldInfo f) {
        if (owner.name().equals(PRIMITIVE_CLASSES) && PROVIDED_PRIMITIVES.containsKey(f.name())) {
            return classObject(String.valueOf(PROVIDED_PRIMITIVES.get(f.name()))).name();
        }
        if (owner.name().equals("ingot/runtime/exec/ObjectClone") && f.name().equals("cloneable")) {
            return classObject("java/lang/Cloneable").name();
        }
        if (owner.name().equals(STACK_GUARD) && f.name().equals("bottom")) {
            return "boot_stack_bottom";
        }
        if (owner.name().equals(STACK_GUARD) && f.name().equals("limit")) {
            return "boot_stack_bottom + " + StackGuard.RESERVE;
        }
        if (owner.name().equals("ingot/runtime/exec/Unwinder") && f.name().equals("codeTable")) {
            return "ingot_code_table";
        }
        if (owner.name().equals("ingot/runtime/exec/StringNatives") && f.name().equals("literals")) {
            classObject("[Ljava/lang/Object;");
            strings.requestAll();
            return StringLiterals.ALL;
        }
        if (lambdas.providesInstance(owner.name(), f.name())) {
            return imageInstance(owner.name());
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
