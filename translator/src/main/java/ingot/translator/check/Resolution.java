package ingot.translator.check;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/** The outcome of resolving a method reference: the method and its class, or why there is none. */
final class Resolution {
    final ClassFile owner;
    final MethodInfo method;
    final String problem;

    private Resolution(ClassFile owner, MethodInfo method, String problem) {
        this.owner = owner;
        this.method = method;
        this.problem = problem;
    }

    static Resolution found(ClassFile owner, MethodInfo method) {
        return new Resolution(owner, method, null);
    }

    static Resolution failed(String problem) {
        return new Resolution(null, null, problem);
    }

    boolean isFound() {
        return method != null;
    }

    /** {@code owner.name(descriptor)}. */
    String target() {
        return owner.name() + "." + method.name() + method.descriptor();
    }
}
