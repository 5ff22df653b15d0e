package ingot.translator.build;

import ingot.jit.compiler.RuntimeRoutine;
import java.util.Map;

/**
 * The runtime routines written in Java (ingot.runtime.exec), by routine name: compiled into the
 * image like any method, their symbols are what compiled code calls. Routines not listed here
 * (throwing the VM's exceptions, class initialisation, frem/drem) are provided by the image's
 * assembly until their Java versions land.
 */
final class RuntimeRoutines {
    private static final String EXEC = "ingot/runtime/exec/";
    private static final Map<String, String[]> JAVA = Map.of(
            RuntimeRoutine.NEW_INSTANCE, new String[] {EXEC + "Heap", "newInstance", "(Ljava/lang/Object;I)Ljava/lang/Object;"},
            RuntimeRoutine.NEW_ARRAY, new String[] {EXEC + "Heap", "newArray", "(Ljava/lang/Object;I)Ljava/lang/Object;"},
            RuntimeRoutine.CHECKCAST, new String[] {EXEC + "TypeChecks", "checkcast", "(Ljava/lang/Object;Ljava/lang/Object;)V"},
            RuntimeRoutine.INSTANCEOF, new String[] {EXEC + "TypeChecks", "instanceOf", "(Ljava/lang/Object;Ljava/lang/Object;)I"},
            RuntimeRoutine.ARRAY_STORE_CHECK, new String[] {EXEC + "TypeChecks", "arrayStoreCheck",
                "(Ljava/lang/Object;Ljava/lang/Object;)V"},
            RuntimeRoutine.ITABLE_LOOKUP, new String[] {EXEC + "Itables", "lookup", "(Ljava/lang/Object;Ljava/lang/Object;I)J"});

    private RuntimeRoutines() {
    }

    /** The Java method implementing a routine (owner, name, descriptor), or null when the image's assembly provides it. */
    static String[] javaMethod(String routine) {
        return JAVA.get(routine);
    }
}
