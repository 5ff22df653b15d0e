package ingot.jit.compiler;

import ingot.jit.asm.Cond;
import ingot.jit.asm.Label;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Width;

/**
 * idiv, irem, ldiv, lrem with Java's rules: a zero divisor throws ArithmeticException; a divisor
 * of -1 negates (x86's idiv would fault on MIN_VALUE / -1, whose Java quotient is MIN_VALUE and
 * remainder 0). The operands are the top two slots; the result replaces the lower.
 */
final class Division {
    private Division() {
    }

    static void emit(EmitContext c, Width width, boolean remainder) {
        Reg ax = Reg.RAX.as(width);
        Reg cx = Reg.RCX.as(width);
        Reg dx = Reg.RDX.as(width);
        Label nonZero = c.asm.newLabel();
        Label normal = c.asm.newLabel();
        Label done = c.asm.newLabel();
        c.asm.mov(cx, c.top(0));
        c.asm.test(cx, cx);
        c.asm.jcc(Cond.NE, nonZero);
        c.call(c.runtime(RuntimeRoutine.DIVIDE_BY_ZERO));
        c.asm.bind(nonZero);
        c.asm.mov(ax, c.top(1));
        c.asm.cmp(cx, -1);
        c.asm.jcc(Cond.NE, normal);
        if (remainder) {
            c.asm.xor(Reg.EDX, Reg.EDX);
        } else {
            c.asm.neg(ax);
        }
        c.asm.jmp(done);
        c.asm.bind(normal);
        if (width == Width.QWORD) {
            c.asm.cqo();
        } else {
            c.asm.cdq();
        }
        c.asm.idiv(cx);
        c.asm.bind(done);
        c.asm.mov(c.top(1), remainder ? dx : ax);
    }
}
