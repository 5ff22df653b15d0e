package ingot.translator.build;

import java.util.Map;

/**
 * The class library's native methods that the VM implements in Java (ingot.runtime.exec): a call
 * to the native compiles to a call of its implementation, which takes the same arguments (an
 * instance native's receiver first, so an implementation of an instance native is a static
 * method whose first parameter is the receiver). Natives not listed here must be intrinsics or defined by the
 * image's assembly.
 */
final class NativeMethods {
    private static final Map<String, String[]> IMPLEMENTATIONS = Map.of(
            "java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
            new String[] {"ingot/runtime/exec/ArrayCopy", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V"},
            "java/lang/Primitives.classOf(Ljava/lang/String;)Ljava/lang/Class;",
            new String[] {"ingot/runtime/exec/PrimitiveClasses", "classOf", "(Ljava/lang/String;)Ljava/lang/Object;"},
            "java/lang/Object.clone()Ljava/lang/Object;",
            new String[] {"ingot/runtime/exec/ObjectClone", "clone", "(Ljava/lang/Object;)Ljava/lang/Object;"});

    private NativeMethods() {
    }

    /** The implementing method (owner, name, descriptor) of a native, or null. */
    static String[] implementation(String owner, String name, String descriptor) {
        return IMPLEMENTATIONS.get(owner + "." + name + descriptor);
    }
}
