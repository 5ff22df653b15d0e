package ingot.jit.compiler;

import ingot.jit.asm.Reg;
import ingot.runtime.classfile.BootstrapMethod;
import ingot.runtime.classfile.Descriptors;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;

/**
 * invokedynamic (DESIGN.md, "Execution"): the call sites javac 17 makes are recognised by their
 * bootstrap method and compiled to what its result computes. String concatenation
 * ({@code StringConcatFactory.makeConcatWithConstants}, a recipe where \u0001 is the next argument
 * and \u0002 the next constant, or {@code makeConcat}) becomes a StringBuilder with one append per
 * argument and per run of literal text; records' {@code ObjectMethods.bootstrap} goes to
 * {@link ObjectMethodsEmitter}; lambdas and method references ({@code LambdaMetafactory.metafactory}
 * and {@code altMetafactory}) call the static factory of the class the environment made for the
 * call site ({@link CompilerEnvironment#lambdaClass}). Other call sites are a {@link CompileError}.
 */
final class InvokeDynamicEmitter {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private InvokeDynamicEmitter() {
    }

    static void emitInvokedynamic(EmitContext c) {
        int site = c.u2(1);
        ConstantPool pool = c.pool;
        String name = pool.nameAndTypeName(pool.nameAndType(site));
        String descriptor = pool.nameAndTypeDescriptor(pool.nameAndType(site));
        BootstrapMethod bootstrap = c.bootstrapMethods[pool.bootstrapIndex(site)];
        int member = pool.methodHandleReference(bootstrap.methodHandle());
        String owner = pool.className(pool.memberClass(member));
        String method = pool.nameAndTypeName(pool.nameAndType(member));
        if (owner.equals(ObjectMethodsEmitter.BOOTSTRAP_OWNER) && method.equals("bootstrap")) {
            ObjectMethodsEmitter.emit(c, name, bootstrap);
        } else if (owner.equals(LAMBDA_METAFACTORY) && (method.equals("metafactory") || method.equals("altMetafactory"))) {
            String lambda = c.env.lambdaClass(c.owner, site, c.method, c.pc);
            StaticEmitters.emitStaticCall(c, lambda, CompilerEnvironment.LAMBDA_FACTORY, descriptor);
        } else if (owner.equals(FACTORY) && (method.equals("makeConcatWithConstants") || method.equals("makeConcat"))) {
            int arguments = CallingConvention.parameterKinds(descriptor, false).length;
            String recipe = method.equals("makeConcat") ? allArguments(arguments) : recipe(c, bootstrap);
            StringBuilding.newBuilder(c);
            appendAll(c, recipe, descriptor, arguments, bootstrap);
            StringBuilding.finish(c, arguments);
        } else {
            throw c.unsupported("invokedynamic with bootstrap method " + owner + "." + method + " is not supported yet");
        }
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

    /** Appends literal runs, arguments (from their stack slots) and constants, in recipe order. */
    private static void appendAll(EmitContext c, String recipe, String descriptor, int argumentCount,
                                  BootstrapMethod bootstrap) {
        int argument = 0;
        int constant = 1;
        int typeAt = 1;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char ch = recipe.charAt(i);
            if (ch == ARGUMENT) {
                StringBuilding.appendLiteral(c, literal);
                c.asm.mov(Reg.RAX, c.top(argumentCount - 1 - argument));
                StringBuilding.appendLoaded(c, descriptor.substring(typeAt));
                typeAt = Descriptors.fieldTypeEnd(descriptor, typeAt);
                argument++;
            } else if (ch == CONSTANT) {
                literal.append(constantText(c, bootstrap, constant++));
            } else {
                literal.append(ch);
            }
        }
        StringBuilding.appendLiteral(c, literal);
    }

    private static String constantText(EmitContext c, BootstrapMethod bootstrap, int index) {
        int[] arguments = bootstrap.arguments();
        if (index >= arguments.length || c.pool.tag(arguments[index]) != ConstantTag.STRING) {
            throw c.unsupported("a string concatenation constant that is not a String");
        }
        return c.pool.string(arguments[index]);
    }
}
