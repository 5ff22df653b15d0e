package ingot.jit.compiler;

import ingot.jit.asm.Xmm;

/**
 * Native methods of the class library that are single instructions, expanded inline: the
 * bit-pattern conversions of Float and Double (a slot already holds the raw bits, so they move
 * nothing) and StrictMath.sqrt (sqrtsd is the correctly rounded square root the spec asks for).
 */
final class LibraryIntrinsics {
    private LibraryIntrinsics() {
    }

    /** Expands the call if it is one of these; returns false for any other method. */
    static boolean expand(EmitContext c, String owner, String name, String descriptor) {
        String method = owner + "." + name + descriptor;
        switch (method) {
            case "java/lang/Float.floatToRawIntBits(F)I":
            case "java/lang/Float.intBitsToFloat(I)F":
            case "java/lang/Double.doubleToRawLongBits(D)J":
            case "java/lang/Double.longBitsToDouble(J)D":
                c.asm.comment(name + ": the slot already holds the bits");
                return true;
            case "java/lang/StrictMath.sqrt(D)D":
                c.asm.sqrtsd(Xmm.XMM0, c.top(0));
                c.asm.movsd(c.top(0), Xmm.XMM0);
                return true;
            default:
                return false;
        }
    }
}
