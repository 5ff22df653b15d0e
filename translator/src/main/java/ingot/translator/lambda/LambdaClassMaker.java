package ingot.translator.lambda;

import ingot.jit.compiler.CompilerEnvironment;
import ingot.runtime.classfile.AccessFlags;
import ingot.translator.classgen.ClassWriter;
import ingot.translator.classgen.CodeWriter;
import ingot.translator.classgen.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the class a LambdaMetafactory call site stands for (see the package comment): final,
 * super Object, implementing the functional interface, the markers and — for a serializable site
 * whose interfaces do not name it — java.io.Serializable; fields {@code arg$1..arg$k} for the
 * captured values; a private constructor storing them; the static factory
 * {@link CompilerEnvironment#LAMBDA_FACTORY} with the site's descriptor, which makes an instance
 * or, for a site that captures nothing, returns the one in the static field {@link #INSTANCE}
 * (whose value the image provides: the class needs no initialiser); and the interface method
 * with each distinct bridge type, all forwarding to the implementation.
 */
public final class LambdaClassMaker {
    /** The static field holding the instance of a class whose site captures nothing. */
    public static final String INSTANCE = "LAMBDA_INSTANCE$";
    private static final String OBJECT = "java/lang/Object";
    private static final String SERIALIZABLE = "java/io/Serializable";

    private LambdaClassMaker() {
    }

    /** The class file of {@code site}'s class, named {@code className}. */
    public static byte[] make(LambdaSite site, String className) {
        ClassWriter c = new ClassWriter(AccessFlags.FINAL | AccessFlags.SUPER | AccessFlags.SYNTHETIC,
                className, OBJECT, interfaces(site));
        List<String> captured = site.capturedTypes();
        for (int i = 0; i < captured.size(); i++) {
            c.field(AccessFlags.PRIVATE | AccessFlags.FINAL, field(i), captured.get(i));
        }
        if (captured.isEmpty()) {
            c.field(AccessFlags.STATIC | AccessFlags.FINAL, INSTANCE, "L" + className + ";");
        }
        constructor(c, className, captured);
        factory(c, className, site);
        List<String> written = new ArrayList<>();
        for (String type : types(site)) {
            if (!written.contains(type)) {
                written.add(type);
                forwarder(c, className, site, type);
            }
        }
        return c.toBytes();
    }

    /** The field of the {@code i}th captured value (HotSpot's names). */
    static String field(int i) {
        return "arg$" + (i + 1);
    }

    private static List<String> interfaces(LambdaSite site) {
        List<String> out = new ArrayList<>();
        out.add(site.functionalInterface());
        for (String marker : site.markers) {
            if (!out.contains(marker)) {
                out.add(marker);
            }
        }
        if (site.serializable && !out.contains(SERIALIZABLE)) {
            out.add(SERIALIZABLE);
        }
        return out;
    }

    /** The interface method's type, then the bridges'. */
    private static List<String> types(LambdaSite site) {
        List<String> out = new ArrayList<>();
        out.add(site.samDescriptor);
        out.addAll(site.bridges);
        return out;
    }

    private static void constructor(ClassWriter c, String className, List<String> captured) {
        String descriptor = MethodType.of(captured, "V");
        CodeWriter code = c.code(1 + CodeWriter.parameterSlots(descriptor));
        code.load('L', 0);
        code.invoke(CodeWriter.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.size(); i++) {
            String type = captured.get(i);
            code.load('L', 0);
            code.load(type.charAt(0), slot);
            code.putfield(className, field(i), type);
            slot += CodeWriter.slots(type.charAt(0));
        }
        code.returnValue('V');
        c.method(AccessFlags.PRIVATE, "<init>", descriptor, code);
    }

    private static void factory(ClassWriter c, String className, LambdaSite site) {
        List<String> captured = site.capturedTypes();
        CodeWriter code = c.code(CodeWriter.parameterSlots(site.factoryDescriptor));
        if (captured.isEmpty()) {
            code.getstatic(className, INSTANCE, "L" + className + ";");
        } else {
            code.newObject(className);
            code.dup();
            int slot = 0;
            for (String type : captured) {
                code.load(type.charAt(0), slot);
                slot += CodeWriter.slots(type.charAt(0));
            }
            code.invoke(CodeWriter.INVOKESPECIAL, className, "<init>", MethodType.of(captured, "V"), false);
        }
        code.returnValue('L');
        c.method(AccessFlags.STATIC | AccessFlags.SYNTHETIC, CompilerEnvironment.LAMBDA_FACTORY, site.factoryDescriptor, code);
    }

    /**
     * The interface method of type {@code descriptor}: the captured values, then each argument
     * adapted to the implementation's parameter type, the call, and the result adapted to the
     * method's return type (dropped when that is void).
     */
    private static void forwarder(ClassWriter c, String className, LambdaSite site, String descriptor) {
        Implementation implementation = site.implementation;
        List<String> parameters = MethodType.parameters(descriptor);
        List<String> captured = site.capturedTypes();
        List<String> targets = implementation.parameterTypes();
        List<String> instantiated = MethodType.parameters(site.instantiatedDescriptor);
        if (targets.size() != captured.size() + parameters.size() || instantiated.size() != parameters.size()) {
            throw new LambdaSiteException("the implementation " + implementation.owner + "." + implementation.name
                    + implementation.descriptor + " does not take the " + captured.size() + " captured values and the "
                    + parameters.size() + " arguments of " + site.interfaceMethod + descriptor);
        }
        CodeWriter code = c.code(1 + CodeWriter.parameterSlots(descriptor));
        if (implementation.isConstructor()) {
            code.newObject(implementation.owner);
            code.dup();
        }
        for (int i = 0; i < captured.size(); i++) {
            code.load('L', 0);
            code.getfield(className, field(i), captured.get(i));
        }
        int slot = 1;
        for (int i = 0; i < parameters.size(); i++) {
            String type = parameters.get(i);
            code.load(type.charAt(0), slot);
            slot += CodeWriter.slots(type.charAt(0));
            Adaptation.convert(code, type, targets.get(captured.size() + i), instantiated.get(i));
        }
        implementation.emitCall(code);
        String result = implementation.returnType();
        String returned = MethodType.returnType(descriptor);
        if (returned.equals("V")) {
            code.pop(result.charAt(0));
        } else if (result.equals("V")) {
            throw new LambdaSiteException(site.interfaceMethod + descriptor + " must return a value, and "
                    + implementation.name + implementation.descriptor + " returns none");
        } else {
            Adaptation.convert(code, result, returned, returned);
        }
        code.returnValue(returned.charAt(0));
        c.method(AccessFlags.PUBLIC, site.interfaceMethod, descriptor, code);
    }
}
