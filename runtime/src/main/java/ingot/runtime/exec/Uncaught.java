package ingot.runtime.exec;

/** An exception no handler caught: reported on stderr as HotSpot's launcher does, then exit status 1. */
public final class Uncaught {
    private Uncaught() {
    }

    public static void report(Object exception) {
        System.err.print("Exception in thread \"main\" ");
        ((Throwable) exception).printStackTrace();
        System.exit(1);
    }
}
