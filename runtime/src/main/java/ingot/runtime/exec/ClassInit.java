package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * Class initialisation (JVMS §5.5) for one thread: compiled code calls {@link #initialize} before
 * the first getstatic, putstatic, invokestatic or new of a class whose state is not INITIALIZED.
 * A class in progress counts as initialised (with one thread it is always this thread's, step 3);
 * a class whose initialisation failed throws NoClassDefFoundError (step 5); a class initialises
 * its superclass and the superinterfaces the translator listed (step 7) before its own
 * {@code <clinit>} runs (step 9); an exception from the superclass or a superinterface leaves the
 * class erroneous and propagates (step 7), one from {@code <clinit>} does too, wrapped in
 * ExceptionInInitializerError unless it is an Error (steps 10–11).
 */
public final class ClassInit {
    private ClassInit() {
    }

    /** Initialises {@code type} (a Class object) unless it is initialised or in progress. */
    public static void initialize(Object type) {
        long k = Mem.addressOf(type);
        int state = Mem.loadInt(k + ClassWords.INIT_STATE);
        if (state == ClassWords.INITIALIZED || state == ClassWords.IN_PROGRESS) {
            return;
        }
        if (state == ClassWords.ERRONEOUS) {
            throw new NoClassDefFoundError("Could not initialize class " + ClassNames.binaryName(type));
        }
        Mem.storeInt(k + ClassWords.INIT_STATE, ClassWords.IN_PROGRESS);
        try {
            initializeSupertypes(k);
        } catch (Throwable e) {
            Mem.storeInt(k + ClassWords.INIT_STATE, ClassWords.ERRONEOUS);
            throw e;
        }
        runInitializer(k);
        Mem.storeInt(k + ClassWords.INIT_STATE, ClassWords.INITIALIZED);
    }

    /** Step 7: a class's superclass, then its listed superinterfaces; nothing for an interface. */
    private static void initializeSupertypes(long k) {
        if ((Mem.loadInt(k + ClassWords.FLAGS) & ClassWords.INTERFACE) != 0) {
            return;
        }
        long superclass = Mem.loadLong(k + ClassWords.SUPERCLASS);
        if (superclass != 0) {
            initialize(Mem.objectAt(superclass));
        }
        long list = Mem.loadLong(k + ClassWords.INIT_INTERFACES);
        long count = list == 0 ? 0 : Mem.loadLong(list);
        for (long i = 1; i <= count; i++) {
            initialize(Mem.objectAt(Mem.loadLong(list + 8 * i)));
        }
    }

    /** Steps 9–11: runs {@code <clinit>}; a failure leaves the class erroneous. */
    private static void runInitializer(long k) {
        long clinit = Mem.loadLong(k + ClassWords.CLINIT);
        if (clinit == 0) {
            return;
        }
        try {
            Mem.call(clinit);
        } catch (Error e) {
            Mem.storeInt(k + ClassWords.INIT_STATE, ClassWords.ERRONEOUS);
            throw e;
        } catch (Throwable e) {
            Mem.storeInt(k + ClassWords.INIT_STATE, ClassWords.ERRONEOUS);
            throw new ExceptionInInitializerError(e);
        }
    }
}
