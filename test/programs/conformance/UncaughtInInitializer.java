package conformance;

/** The main class's static initialiser fails: HotSpot reports ExceptionInInitializerError and its cause, exit status 1. */
public class UncaughtInInitializer {
    static final int[] TABLE = build();

    static int[] build() {
        System.out.println("building");
        int[] table = new int[2];
        table[2] = 1;
        return table;
    }

    public static void main(String[] args) {
        System.out.println("never " + TABLE.length);
    }
}
