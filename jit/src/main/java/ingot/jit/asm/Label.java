package ingot.jit.asm;

/**
 * A position in one code buffer, bound once. Until it is bound, references to it wait in its
 * patch list and are written when {@link CodeBuffer#bind} runs.
 */
public final class Label {
    private final CodeBuffer owner;
    private final String name;
    private int position = -1;
    private Fixup[] fixups;
    private int fixupCount;

    Label(CodeBuffer owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isBound() {
        return position >= 0;
    }

    /** The offset in the code buffer; -1 while unbound. */
    public int position() {
        return position;
    }

    CodeBuffer owner() {
        return owner;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void addFixup(Fixup fixup) {
        if (fixups == null) {
            fixups = new Fixup[4];
        } else if (fixupCount == fixups.length) {
            Fixup[] bigger = new Fixup[fixupCount * 2];
            System.arraycopy(fixups, 0, bigger, 0, fixupCount);
            fixups = bigger;
        }
        fixups[fixupCount++] = fixup;
    }

    int fixupCount() {
        return fixupCount;
    }

    Fixup fixup(int i) {
        return fixups[i];
    }

    void clearFixups() {
        fixups = null;
        fixupCount = 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
