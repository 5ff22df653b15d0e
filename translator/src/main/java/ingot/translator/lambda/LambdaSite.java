package ingot.translator.lambda;

import ingot.runtime.classfile.BootstrapMethod;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.ConstantTag;
import ingot.translator.classgen.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One invokedynamic call site of {@code LambdaMetafactory.metafactory} or {@code altMetafactory},
 * read from its host class: the interface method's name, the factory type (captured values to
 * the functional interface), the erased interface method type, the implementation, the
 * instantiated method type, and altMetafactory's extra marker interfaces, bridge types and
 * serializability.
 */
public final class LambdaSite {
    static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    final String interfaceMethod;
    final String factoryDescriptor;
    final String samDescriptor;
    final Implementation implementation;
    final String instantiatedDescriptor;
    final List<String> markers;
    final List<String> bridges;
    final boolean serializable;

    private LambdaSite(String interfaceMethod, String factoryDescriptor, String samDescriptor,
                       Implementation implementation, String instantiatedDescriptor,
                       List<String> markers, List<String> bridges, boolean serializable) {
        this.interfaceMethod = interfaceMethod;
        this.factoryDescriptor = factoryDescriptor;
        this.samDescriptor = samDescriptor;
        this.implementation = implementation;
        this.instantiatedDescriptor = instantiatedDescriptor;
        this.markers = markers;
        this.bridges = bridges;
        this.serializable = serializable;
    }

    /** True when the InvokeDynamic entry at {@code site} of {@code host} bootstraps through LambdaMetafactory. */
    public static boolean isLambda(ClassFile host, int site) {
        return metafactoryMethod(host, site) != null;
    }

    /**
     * The call site of the InvokeDynamic entry at {@code site} of {@code host}.
     *
     * @throws LambdaSiteException when it is no LambdaMetafactory site or its arguments are malformed
     */
    public static LambdaSite read(ClassFile host, int site) {
        String bootstrap = metafactoryMethod(host, site);
        if (bootstrap == null) {
            throw new LambdaSiteException("entry " + site + " of " + host.name() + " is no LambdaMetafactory call site");
        }
        ConstantPool pool = host.pool();
        int[] arguments = host.bootstrapMethods()[pool.bootstrapIndex(site)].arguments();
        String name = pool.nameAndTypeName(pool.nameAndType(site));
        String factory = pool.nameAndTypeDescriptor(pool.nameAndType(site));
        if (!MethodType.returnType(factory).startsWith("L")) {
            throw new LambdaSiteException("a lambda factory type must return an interface: " + factory);
        }
        if (arguments.length < 3 || (bootstrap.equals("metafactory") && arguments.length != 3)) {
            throw new LambdaSiteException(bootstrap + " with " + arguments.length + " static arguments");
        }
        String sam = methodType(pool, arguments[0]);
        Implementation implementation = Implementation.of(pool, arguments[1]);
        String instantiated = methodType(pool, arguments[2]);
        if (bootstrap.equals("metafactory")) {
            return new LambdaSite(name, factory, sam, implementation, instantiated,
                    Collections.emptyList(), Collections.emptyList(), false);
        }
        return alternative(pool, arguments, name, factory, sam, implementation, instantiated);
    }

    /** altMetafactory's arguments after the first three: flags, then the counted markers and bridges they announce. */
    private static LambdaSite alternative(ConstantPool pool, int[] arguments, String name, String factory, String sam,
                                          Implementation implementation, String instantiated) {
        int[] at = {3};
        int flags = integer(pool, arguments, at);
        List<String> markers = new ArrayList<>();
        List<String> bridges = new ArrayList<>();
        if ((flags & FLAG_MARKERS) != 0) {
            for (int n = integer(pool, arguments, at); n > 0; n--) {
                markers.add(classArgument(pool, next(arguments, at)));
            }
        }
        if ((flags & FLAG_BRIDGES) != 0) {
            for (int n = integer(pool, arguments, at); n > 0; n--) {
                bridges.add(methodType(pool, next(arguments, at)));
            }
        }
        if (at[0] != arguments.length) {
            throw new LambdaSiteException("altMetafactory with " + (arguments.length - at[0]) + " static arguments too many");
        }
        return new LambdaSite(name, factory, sam, implementation, instantiated, markers, bridges,
                (flags & FLAG_SERIALIZABLE) != 0);
    }

    /** "metafactory" or "altMetafactory" when that is the site's bootstrap method, else null. */
    private static String metafactoryMethod(ClassFile host, int site) {
        ConstantPool pool = host.pool();
        if (pool.tag(site) != ConstantTag.INVOKE_DYNAMIC || pool.bootstrapIndex(site) >= host.bootstrapMethods().length) {
            return null;
        }
        BootstrapMethod bootstrap = host.bootstrapMethods()[pool.bootstrapIndex(site)];
        int member = pool.methodHandleReference(bootstrap.methodHandle());
        String owner = pool.className(pool.memberClass(member));
        String method = pool.nameAndTypeName(pool.nameAndType(member));
        boolean known = owner.equals(METAFACTORY_OWNER) && (method.equals("metafactory") || method.equals("altMetafactory"));
        return known ? method : null;
    }

    private static int next(int[] arguments, int[] at) {
        if (at[0] >= arguments.length) {
            throw new LambdaSiteException("altMetafactory's static arguments end early");
        }
        return arguments[at[0]++];
    }

    private static int integer(ConstantPool pool, int[] arguments, int[] at) {
        int index = next(arguments, at);
        if (pool.tag(index) != ConstantTag.INTEGER || pool.intValue(index) < 0) {
            throw new LambdaSiteException("altMetafactory expects a flag word or count at argument " + (at[0] - 1));
        }
        return pool.intValue(index);
    }

    private static String methodType(ConstantPool pool, int index) {
        if (pool.tag(index) != ConstantTag.METHOD_TYPE) {
            throw new LambdaSiteException("a lambda call site's static argument " + index + " is not a MethodType");
        }
        return pool.nameOf(index);
    }

    private static String classArgument(ConstantPool pool, int index) {
        if (pool.tag(index) != ConstantTag.CLASS) {
            throw new LambdaSiteException("a marker interface argument is not a Class");
        }
        return pool.className(index);
    }

    /** The functional interface the factory returns (internal name). */
    public String functionalInterface() {
        String type = MethodType.returnType(factoryDescriptor);
        return type.substring(1, type.length() - 1);
    }

    /** The types of the values the call site captures. */
    List<String> capturedTypes() {
        return MethodType.parameters(factoryDescriptor);
    }

    /** The call site's descriptor: captured values to the functional interface. */
    public String factoryDescriptor() {
        return factoryDescriptor;
    }
}
