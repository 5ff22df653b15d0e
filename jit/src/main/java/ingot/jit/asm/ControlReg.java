package ingot.jit.asm;

/** A control register that {@code mov} reads and writes: CR0, CR2, CR3, CR4. */
public final class ControlReg {
    public static final ControlReg CR0 = new ControlReg(0);
    public static final ControlReg CR2 = new ControlReg(2);
    public static final ControlReg CR3 = new ControlReg(3);
    public static final ControlReg CR4 = new ControlReg(4);

    private final int number;
    private final String name;

    private ControlReg(int number) {
        this.number = number;
        this.name = "cr" + number;
    }

    public int number() {
        return number;
    }

    @Override
    public String toString() {
        return name;
    }
}
