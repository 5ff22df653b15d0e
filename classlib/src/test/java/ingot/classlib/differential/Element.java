package ingot.classlib.differential;

/** An enum shared by both sides (not renamed) for EnumMap and EnumSet; one constant has a body. */
public enum Element {
    H, HE, LI, BE, B {
        @Override
        public String toString() {
            return "boron";
        }
    },
    C, N, O
}
