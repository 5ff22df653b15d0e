package ingot.jit.asm;

/**
 * A name outside the code buffer: a runtime routine, another method, an object of the image heap.
 * In the byte output a reference to it is a {@link Relocation}; in the NASM output it is the name,
 * which the surrounding file defines or declares {@code extern}.
 */
public final class Symbol {
    private final String name;

    /** @throws IllegalArgumentException when {@code name} is not a NASM identifier */
    public Symbol(String name) {
        this.name = Names.checkIdentifier("symbol", name);
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Symbol && ((Symbol) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
