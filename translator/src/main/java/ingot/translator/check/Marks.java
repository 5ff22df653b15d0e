package ingot.translator.check;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/** Which methods are low-level ({@code @Uninterruptible}) and which are compiler intrinsics ({@code @Intrinsic}). */
public final class Marks {
    static final String UNINTERRUPTIBLE = "Lingot/runtime/mem/Uninterruptible;";
    static final String INTRINSIC = "Lingot/runtime/mem/Intrinsic;";

    private Marks() {
    }

    /**
     * Marked itself, or a method or constructor of a marked class; a class's mark does not cover
     * its static initializer, which runs at class initialization, not on a low-level path.
     * {@code java/lang/Object.<init>} does nothing and counts as marked.
     */
    public static boolean isUninterruptible(ClassFile owner, MethodInfo method) {
        if (method.annotation(UNINTERRUPTIBLE) != null) {
            return true;
        }
        if (method.name().equals("<init>") && owner.name().equals("java/lang/Object")) {
            return true;
        }
        return !method.name().equals("<clinit>") && owner.annotation(UNINTERRUPTIBLE) != null;
    }

    static boolean isIntrinsic(ClassFile owner, MethodInfo method) {
        return method.annotation(INTRINSIC) != null || owner.annotation(INTRINSIC) != null;
    }

    /** A call to this method is allowed in low-level code. */
    static boolean isCallable(ClassFile owner, MethodInfo method) {
        return isUninterruptible(owner, method) || isIntrinsic(owner, method);
    }
}
