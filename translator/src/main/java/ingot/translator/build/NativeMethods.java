package ingot.translator.build;

import java.util.Map;

/**
 * How the image implements the native methods it calls: most by a Java method of the VM
 * (ingot.runtime.exec, ingot.runtime.clock), which takes the same arguments (an instance native's receiver first, so
 * the implementation is a static method whose first parameter is the receiver); a few by a routine
 * of the boot shim called directly, since the Ingot calling convention is the shim's. Natives not
 * listed here are intrinsics or must be defined by the image's assembly.
 */
final class NativeMethods {
    private static final String EXEC = "ingot/runtime/exec/";
    private static final String NATIVES = EXEC + "ObjectNatives";
    private static final String CLOCK = "ingot/runtime/clock/";
    private static final Map<String, String[]> IMPLEMENTATIONS = Map.ofEntries(
            Map.entry("java/lang/Object.getClass()Ljava/lang/Class;",
                    java(NATIVES, "getClass", "(Ljava/lang/Object;)Ljava/lang/Object;")),
            Map.entry("java/lang/Object.hashCode()I", java(NATIVES, "identityHashCode", "(Ljava/lang/Object;)I")),
            Map.entry("java/lang/System.identityHashCode(Ljava/lang/Object;)I",
                    java(NATIVES, "identityHashCode", "(Ljava/lang/Object;)I")),
            Map.entry("java/lang/Class.getName()Ljava/lang/String;",
                    java(NATIVES, "className", "(Ljava/lang/Object;)Ljava/lang/String;")),
            Map.entry("java/lang/String.intern()Ljava/lang/String;",
                    java(EXEC + "StringNatives", "intern", "(Ljava/lang/String;)Ljava/lang/String;")),
            Map.entry("java/lang/Object.notify()V", java(NATIVES, "notifyOne", "(Ljava/lang/Object;)V")),
            Map.entry("java/lang/Object.notifyAll()V", java(NATIVES, "notifyOne", "(Ljava/lang/Object;)V")),
            Map.entry("java/lang/Object.wait(J)V", java(NATIVES, "waitFor", "(Ljava/lang/Object;J)V")),
            classNative("getSimpleName", "()Ljava/lang/String;", "Ljava/lang/String;"),
            classNative("getCanonicalName", "()Ljava/lang/String;", "Ljava/lang/String;"),
            classNative("getModifiers", "()I", "I"),
            classNative("getSuperclass", "()Ljava/lang/Class;", "Ljava/lang/Object;"),
            classNative("getComponentType", "()Ljava/lang/Class;", "Ljava/lang/Object;"),
            classNative("isArray", "()Z", "Z"),
            classNative("isPrimitive", "()Z", "Z"),
            classNative("desiredAssertionStatus", "()Z", "Z"),
            classNative("enumConstants", "()[Ljava/lang/Object;", "[Ljava/lang/Object;"),
            Map.entry("java/lang/Class.isInstance(Ljava/lang/Object;)Z",
                    java(EXEC + "ClassNatives", "isInstance", "(Ljava/lang/Object;Ljava/lang/Object;)Z")),
            Map.entry("java/lang/Class.isAssignableFrom(Ljava/lang/Class;)Z",
                    java(EXEC + "ClassNatives", "isAssignableFrom", "(Ljava/lang/Object;Ljava/lang/Object;)Z")),
            Map.entry("java/lang/reflect/Array.getLength(Ljava/lang/Object;)I",
                    java(EXEC + "ArrayNatives", "getLength", "(Ljava/lang/Object;)I")),
            Map.entry("java/lang/reflect/Array.newArray(Ljava/lang/Class;I)Ljava/lang/Object;",
                    java(EXEC + "ArrayNatives", "newArray", "(Ljava/lang/Object;I)Ljava/lang/Object;")),
            Map.entry("java/lang/Object.clone()Ljava/lang/Object;",
                    java(EXEC + "ObjectClone", "clone", "(Ljava/lang/Object;)Ljava/lang/Object;")),
            Map.entry("java/lang/Throwable.captureBacktrace()Ljava/lang/Object;",
                    java(EXEC + "Backtraces", "capture", "(Ljava/lang/Object;)Ljava/lang/Object;")),
            Map.entry("java/lang/Throwable.decodeBacktrace(Ljava/lang/Object;)[Ljava/lang/StackTraceElement;",
                    java(EXEC + "Backtraces", "decode", "(Ljava/lang/Object;)[Ljava/lang/StackTraceElement;")),
            Map.entry("java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
                    java(EXEC + "ArrayCopy", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V")),
            Map.entry("java/lang/Primitives.classOf(Ljava/lang/String;)Ljava/lang/Class;",
                    java(EXEC + "PrimitiveClasses", "classOf", "(Ljava/lang/String;)Ljava/lang/Object;")),
            Map.entry("java/lang/ConsoleOutputStream.write0(I[BII)V", java(EXEC + "Console", "write", "(I[BII)V")),
            Map.entry("ingot/runtime/exec/Console.shimWrite(IJJ)V", shim("console_write")),
            Map.entry("java/lang/System.exit(I)V", shim("ingot_exit")),
            Map.entry("java/lang/System.nanoTime()J", java(CLOCK + "Clock", "nanoTime", "()J")),
            Map.entry("java/lang/System.currentTimeMillis()J", java(CLOCK + "Clock", "currentTimeMillis", "()J")),
            Map.entry("java/lang/Thread.sleepNanos(J)V", java(CLOCK + "Idle", "sleep", "(J)V")));

    private NativeMethods() {
    }

    /**
     * The implementation of a native: {owner, name, descriptor} of a Java method, or {symbol} of a
     * shim routine; null when there is none.
     */
    static String[] implementation(String owner, String name, String descriptor) {
        return IMPLEMENTATIONS.get(owner + "." + name + descriptor);
    }

    /** A no-argument native of java.lang.Class, implemented by ClassNatives with the Class as its parameter. */
    private static Map.Entry<String, String[]> classNative(String name, String descriptor, String returnType) {
        return Map.entry("java/lang/Class." + name + descriptor,
                java(EXEC + "ClassNatives", name, "(Ljava/lang/Object;)" + returnType));
    }

    private static String[] java(String owner, String name, String descriptor) {
        return new String[] {owner, name, descriptor};
    }

    private static String[] shim(String symbol) {
        return new String[] {symbol};
    }
}
