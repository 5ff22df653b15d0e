package ingot.jit.asm;

/** Where outside symbols are, for {@link CodeBuffer#link}. */
public interface SymbolAddresses {
    /**
     * The address of {@code symbol}.
     *
     * @throws IllegalArgumentException when the symbol is unknown
     */
    long addressOf(Symbol symbol);
}
