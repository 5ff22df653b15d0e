package ingot.jit.asm;

/**
 * A field in the code buffer that holds a value computed from label positions:
 * {@code target + addend - origin}, where the origin is a fixed offset (the end of a jump or of
 * a RIP-relative instruction) or the position of a second label; absolute fields have no origin.
 */
final class Fixup {
    /** An 8-bit displacement of a short jump. */
    static final int REL8 = 0;
    /** A 32-bit displacement of a near jump, a call or a RIP-relative operand. */
    static final int REL32 = 1;
    /** A 32-bit difference of two labels (a dd in a jump table). */
    static final int DELTA32 = 2;
    /** A 64-bit address of a label (a dq); also makes a {@link Relocation#CODE_ABS64}. */
    static final int ABS64 = 3;

    final int kind;
    final int field;
    final Label target;
    final long addend;
    final int origin;
    final Label originLabel;

    Fixup(int kind, int field, Label target, long addend, int origin, Label originLabel) {
        this.kind = kind;
        this.field = field;
        this.target = target;
        this.addend = addend;
        this.origin = origin;
        this.originLabel = originLabel;
    }

    boolean isResolvable() {
        return target.isBound() && (originLabel == null || originLabel.isBound());
    }

    long value() {
        if (kind == ABS64) {
            return target.position() + addend;
        }
        int from = originLabel != null ? originLabel.position() : origin;
        return target.position() + addend - from;
    }
}
