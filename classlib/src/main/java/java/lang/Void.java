package java.lang;

/** Holds the Class object of the keyword void. */
public final class Void {
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) Primitives.classOf("void");

    private Void() {
    }
}
