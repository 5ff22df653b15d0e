package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.jit.asm.Xmm;
import ingot.runtime.bytecode.Kind;
import ingot.runtime.classfile.BootstrapMethod;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;

/**
 * invokedynamic for string concatenation (DESIGN.md, "Execution"): the call sites javac 17 makes
 * with {@code StringConcatFactory.makeConcatWithConstants} (a recipe where \u0001 is the next
 * argument and \u0002 the next constant) or {@code makeConcat} (the arguments only) become a
 * StringBuilder, one append per argument and per run of literal text, and toString — what the
 * factory's result computes. Other invokedynamic call sites are a {@link CompileError}.
 */
final class StringConcatEmitter {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BUILDER = "java/lang/StringBuilder";
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private StringConcatEmitter() {
    }

    static void emitInvokedynamic(EmitContext c) {
        int site = c.u2(1);
        ConstantPool pool = c.pool;
        String descriptor = pool.nameAndTypeDescriptor(pool.nameAndType(site));
        BootstrapMethod bootstrap = c.bootstrapMethods[pool.bootstrapIndex(site)];
        String factoryMethod = factoryMethod(c, bootstrap.methodHandle());
        byte[] kinds = CallingConvention.parameterKinds(descriptor, false);
        String recipe = factoryMethod.equals("makeConcat") ? allArguments(kinds.length) : recipe(c, bootstrap);
        newBuilder(c);
        appendAll(c, recipe, descriptor, kinds.length, bootstrap);
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        c.call(c.env.directMethod(BUILDER, "toString", "()Ljava/lang/String;"));
        c.asm.mov(c.result(kinds.length), Reg.RAX);
    }

    private static String factoryMethod(EmitContext c, int handle) {
        int member = c.pool.methodHandleReference(handle);
        String owner = c.pool.className(c.pool.memberClass(member));
        String name = c.pool.nameAndTypeName(c.pool.nameAndType(member));
        if (!owner.equals(FACTORY) || !(name.equals("makeConcatWithConstants") || name.equals("makeConcat"))) {
            throw c.unsupported("invokedynamic with bootstrap method " + owner + "." + name + " is not supported yet");
        }
        return name;
    }

    private static String recipe(EmitContext c, BootstrapMethod bootstrap) {
        int[] arguments = bootstrap.arguments();
        if (arguments.length == 0 || c.pool.tag(arguments[0]) != ConstantTag.STRING) {
            throw c.unsupported("makeConcatWithConstants without a recipe string");
        }
        return c.pool.string(arguments[0]);
    }

    private static String allArguments(int n) {
        StringBuilder recipe = new StringBuilder();
        for (int i = 0; i < n; i++) {
            recipe.append(ARGUMENT);
        }
        return recipe.toString();
    }

    private static void newBuilder(EmitContext c) {
        c.asm.lea(Reg.RDI, Mem.rip(c.env.classObject(BUILDER), 0));
        c.asm.mov(Reg.ESI, c.env.instanceSize(BUILDER));
        c.call(c.runtime(RuntimeRoutine.NEW_INSTANCE));
        c.asm.mov(c.frame.scratch(0), Reg.RAX);
        c.asm.mov(Reg.RDI, Reg.RAX);
        c.call(c.env.directMethod(BUILDER, "<init>", "()V"));
    }

    /** Appends literal runs, arguments (from their stack slots) and constants, in recipe order. */
    private static void appendAll(EmitContext c, String recipe, String descriptor, int argumentCount,
                                  BootstrapMethod bootstrap) {
        int argument = 0;
        int constant = 1;
        int typeAt = 1;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char ch = recipe.charAt(i);
            if (ch == ARGUMENT || ch == CONSTANT) {
                appendLiteral(c, literal);
            }
            if (ch == ARGUMENT) {
                appendArgument(c, descriptor, typeAt, c.top(argumentCount - 1 - argument));
                typeAt = nextType(descriptor, typeAt);
                argument++;
            } else if (ch == CONSTANT) {
                literal.append(constantText(c, bootstrap, constant++));
                appendLiteral(c, literal);
            } else {
                literal.append(ch);
            }
        }
        appendLiteral(c, literal);
    }

    private static void appendLiteral(EmitContext c, StringBuilder literal) {
        if (literal.length() == 0) {
            return;
        }
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        c.asm.lea(Reg.RSI, Mem.rip(c.env.stringLiteral(literal.toString()), 0));
        c.call(c.env.directMethod(BUILDER, "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;"));
        literal.setLength(0);
    }

    /** One argument through the append overload its static type selects, as the factory's result does. */
    private static void appendArgument(EmitContext c, String descriptor, int typeAt, Mem slot) {
        char type = descriptor.charAt(typeAt);
        String parameter;
        switch (type) {
            case 'Z': case 'C': case 'I': case 'J': case 'F': case 'D':
                parameter = String.valueOf(type);
                break;
            case 'B': case 'S':
                parameter = "I";
                break;
            default:
                parameter = descriptor.startsWith("Ljava/lang/String;", typeAt) ? "Ljava/lang/String;" : "Ljava/lang/Object;";
                break;
        }
        c.asm.mov(Reg.RDI, c.frame.scratch(0));
        byte kind = Kind.ofDescriptor(descriptor, typeAt);
        if (kind == Kind.FLOAT) {
            c.asm.movss(Xmm.XMM0, slot);
        } else if (kind == Kind.DOUBLE) {
            c.asm.movsd(Xmm.XMM0, slot);
        } else {
            c.asm.mov(Reg.RSI, slot);
        }
        Symbol append = c.env.directMethod(BUILDER, "append", "(" + parameter + ")Ljava/lang/StringBuilder;");
        c.call(append);
    }

    private static String constantText(EmitContext c, BootstrapMethod bootstrap, int index) {
        int[] arguments = bootstrap.arguments();
        if (index >= arguments.length || c.pool.tag(arguments[index]) != ConstantTag.STRING) {
            throw c.unsupported("a string concatenation constant that is not a String");
        }
        return c.pool.string(arguments[index]);
    }

    private static int nextType(String descriptor, int at) {
        while (descriptor.charAt(at) == '[') {
            at++;
        }
        return descriptor.charAt(at) == 'L' ? descriptor.indexOf(';', at) + 1 : at + 1;
    }
}
