package ingot.translator.build;

import ingot.jit.compiler.RuntimeRoutine;
import java.util.Map;

/**
 * The runtime routines written in Java (ingot.runtime.exec), by routine name: compiled into the
 * image like any method, their symbols are what compiled code calls. Routines not listed here
 * (frem/drem) are provided by the image's assembly in boot/.
 */
final class RuntimeRoutines {
    private static final String EXEC = "ingot/runtime/exec/";
    private static final Map<String, String[]> JAVA = Map.ofEntries(
            routine(RuntimeRoutine.NEW_INSTANCE, "Heap", "newInstance", "(Ljava/lang/Object;I)Ljava/lang/Object;"),
            routine(RuntimeRoutine.NEW_ARRAY, "Heap", "newArray", "(Ljava/lang/Object;I)Ljava/lang/Object;"),
            routine(RuntimeRoutine.NEW_MULTI_ARRAY, "Heap", "newMultiArray", "(Ljava/lang/Object;JI)Ljava/lang/Object;"),
            routine(RuntimeRoutine.CHECKCAST, "TypeChecks", "checkcast", "(Ljava/lang/Object;Ljava/lang/Object;)V"),
            routine(RuntimeRoutine.INSTANCEOF, "TypeChecks", "instanceOf", "(Ljava/lang/Object;Ljava/lang/Object;)I"),
            routine(RuntimeRoutine.ARRAY_STORE_CHECK, "TypeChecks", "arrayStoreCheck", "(Ljava/lang/Object;Ljava/lang/Object;)V"),
            routine(RuntimeRoutine.ITABLE_LOOKUP, "Itables", "lookup", "(Ljava/lang/Object;Ljava/lang/Object;I)J"),
            routine(RuntimeRoutine.STACK_OVERFLOW, "StackGuard", "overflow", "()V"),
            routine(RuntimeRoutine.INITIALIZE, "ClassInit", "initialize", "(Ljava/lang/Object;)V"),
            routine(RuntimeRoutine.THROW, "Unwinder", "raise", "(Ljava/lang/Object;)V"),
            routine(RuntimeRoutine.NULL_POINTER, "VmExceptions", "nullPointer", "(J)V"),
            routine(RuntimeRoutine.ARRAY_INDEX, "VmExceptions", "arrayIndex", "(II)V"),
            routine(RuntimeRoutine.DIVIDE_BY_ZERO, "VmExceptions", "divideByZero", "()V"),
            routine(RuntimeRoutine.ABSTRACT_METHOD, "VmExceptions", "abstractMethod", "()V"),
            routine(RuntimeRoutine.CONFLICTING_METHOD, "VmExceptions", "incompatibleClassChange", "()V"),
            routine(RuntimeRoutine.ILLEGAL_ACCESS_METHOD, "VmExceptions", "illegalAccess", "()V"));

    private static Map.Entry<String, String[]> routine(String routine, String owner, String name, String descriptor) {
        return Map.entry(routine, new String[] {EXEC + owner, name, descriptor});
    }

    private RuntimeRoutines() {
    }

    /** The Java method implementing a routine (owner, name, descriptor), or null when the image's assembly provides it. */
    static String[] javaMethod(String routine) {
        return JAVA.get(routine);
    }
}
