package ingot.translator.build;

import java.util.Map;

/**
 * How the image implements the native methods it calls: most by a Java method of the VM
 * (ingot.runtime.exec), which takes the same arguments (an instance native's receiver first, so
 * the implementation is a static method whose first parameter is the receiver); a few by a routine
 * of the boot shim called directly, since the Ingot calling convention is the shim's. Natives not
 * listed here are intrinsics or must be defined by the image's assembly.
 */
final class NativeMethods {
    private static final Map<String, String[]> IMPLEMENTATIONS = Map.of(
            "java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
            java("ingot/runtime/exec/ArrayCopy", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V"),
            "java/lang/Primitives.classOf(Ljava/lang/String;)Ljava/lang/Class;",
            java("ingot/runtime/exec/PrimitiveClasses", "classOf", "(Ljava/lang/String;)Ljava/lang/Object;"),
            "java/lang/Object.clone()Ljava/lang/Object;",
            java("ingot/runtime/exec/ObjectClone", "clone", "(Ljava/lang/Object;)Ljava/lang/Object;"),
            "java/lang/ConsoleOutputStream.write0(I[BII)V",
            java("ingot/runtime/exec/Console", "write", "(I[BII)V"),
            "ingot/runtime/exec/Console.shimWrite(IJJ)V", shim("console_write"),
            "java/lang/System.exit(I)V", shim("ingot_exit"));

    private NativeMethods() {
    }

    /**
     * The implementation of a native: {owner, name, descriptor} of a Java method, or {symbol} of a
     * shim routine; null when there is none.
     */
    static String[] implementation(String owner, String name, String descriptor) {
        return IMPLEMENTATIONS.get(owner + "." + name + descriptor);
    }

    private static String[] java(String owner, String name, String descriptor) {
        return new String[] {owner, name, descriptor};
    }

    private static String[] shim(String symbol) {
        return new String[] {symbol};
    }
}
