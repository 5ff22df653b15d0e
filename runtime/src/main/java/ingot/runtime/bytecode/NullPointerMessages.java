package ingot.runtime.bytecode;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/**
 * HotSpot 17's helpful NullPointerException messages (JEP 358), worked out from a method's
 * bytecode: what the instruction at a pc could not do, and, where the instruction that produced
 * the null value can be named, why — {@code Cannot invoke "String.length()" because "<local1>" is
 * null}. A pure function of the class file, the method and the pc, so compilers compute the
 * messages ahead of time. The method's data flow runs once; ask for any number of pcs.
 */
public final class NullPointerMessages {
    private final ClassFile owner;
    private final StackOrigins origins;
    private final NullCause causes;

    private NullPointerMessages(ClassFile owner, MethodInfo method, StackOrigins origins) {
        this.owner = owner;
        this.origins = origins;
        this.causes = origins == null ? null : new NullCause(origins.code(), owner.pool(), method);
    }

    /** The messages of a method with code; code the analysis cannot follow has none. */
    public static NullPointerMessages of(ClassFile owner, MethodInfo method) {
        StackOrigins origins;
        try {
            origins = method.code() == null ? null : StackOrigins.analyze(owner, method);
        } catch (KindError malformed) {
            origins = null;
        }
        return new NullPointerMessages(owner, method, origins);
    }

    /** The message of the NullPointerException the instruction at {@code pc} throws, or null when HotSpot gives none. */
    public static String messageFor(ClassFile owner, MethodInfo method, int pc) {
        return of(owner, method).at(pc);
    }

    /** False when the method's code could not be followed (then there are no messages). */
    boolean isAnalyzed() {
        return origins != null;
    }

    /** True when the analysis reached the instruction at {@code pc}. */
    boolean isReachable(int pc) {
        return origins != null && origins.framesFor(pc) != null;
    }

    /**
     * The message of the NullPointerException the instruction at {@code pc} throws on a null
     * operand; null when it throws none or the analysis never reached it.
     */
    public String at(int pc) {
        OriginFrame[] frames = origins == null ? null : origins.framesFor(pc);
        if (frames == null) {
            return null;
        }
        byte[] code = origins.code();
        String action = FailedAction.of(code, pc, owner.pool());
        if (action == null) {
            return null;
        }
        String because = causes.because(frames, pc, FailedAction.checkedValue(code, pc, owner.pool()));
        return because == null ? action : action + " " + because;
    }
}
