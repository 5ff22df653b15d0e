package ingot.runtime.bytecode;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/**
 * HotSpot 17's helpful NullPointerException messages (JEP 358), worked out from a method's
 * bytecode: what the instruction at a pc could not do, and, where the instruction that produced
 * the null value can be named, why — {@code Cannot invoke "String.length()" because "<local1>" is
 * null}. A pure function of the class file, the method and the pc, so compilers compute the
 * messages ahead of time. The method's data flow runs once; ask for any number of pcs.
 *
 * <p>A message is its {@link #action} followed by its {@link #because} clause, if any; compiled
 * code keeps the two apart so that images store each text once.
 */
public final class NullPointerMessages {
    private final ClassFile owner;
    private final MethodInfo method;
    private final StackOrigins origins;
    private final NullCause causes;

    private NullPointerMessages(ClassFile owner, MethodInfo method, StackOrigins origins) {
        this.owner = owner;
        this.method = method;
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

    /**
     * The message of the NullPointerException the instruction at {@code pc} throws on a null
     * operand; null when it throws none or the analysis never reached it.
     */
    public String at(int pc) {
        String action = action(pc);
        String because = action == null ? null : because(pc);
        return because == null ? action : action + because;
    }

    /**
     * What the instruction at {@code pc} could not do ({@code Cannot read field "next"}); null
     * when it throws no NullPointerException or the analysis never reached it.
     */
    public String action(int pc) {
        return framesFor(pc) == null ? null : FailedAction.of(origins.code(), pc, owner.pool());
    }

    /**
     * The cause clause, with its leading space ({@code  because "this.head" is null}), of the
     * message of the instruction at {@code pc}; null when the message has none.
     */
    public String because(int pc) {
        OriginFrame[] frames = framesFor(pc);
        if (frames == null || FailedAction.of(origins.code(), pc, owner.pool()) == null) {
            return null;
        }
        return causes.because(frames, pc, FailedAction.checkedValue(origins.code(), pc, owner.pool()));
    }

    /**
     * True when the value the instruction at {@code pc} checks for null cannot be null: a new
     * object or array, a constant the pool loads, or {@code this} (slot 0 of an instance method,
     * not stored to) — so the check can never fail.
     */
    public boolean isNeverNull(int pc) {
        OriginFrame[] frames = framesFor(pc);
        byte[] code = origins == null ? null : origins.code();
        if (frames == null || FailedAction.of(code, pc, owner.pool()) == null) {
            return false;
        }
        return NonNullValues.isNonNull(code, owner.pool(), method, frames[pc], FailedAction.checkedValue(code, pc, owner.pool()));
    }

    /** False when the method's code could not be followed (then there are no messages). */
    boolean isAnalyzed() {
        return origins != null;
    }

    /** True when the analysis reached the instruction at {@code pc}. */
    boolean isReachable(int pc) {
        return framesFor(pc) != null;
    }

    private OriginFrame[] framesFor(int pc) {
        return origins == null ? null : origins.framesFor(pc);
    }
}
