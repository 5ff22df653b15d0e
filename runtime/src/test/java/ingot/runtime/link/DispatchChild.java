package ingot.runtime.link;

/**
 * Runs {@link DispatchOracle} on a range of random hierarchies in a JVM of its own, so that a
 * hierarchy that crashes HotSpot costs only itself. Prints, per seed, {@code start <seed>}, one
 * {@code mismatch <text>} line per mismatch, and {@code done <seed> <classes> <sites> <throwing>
 * <through tables> <8356942> <8356941>}.
 */
public final class DispatchChild {
    private DispatchChild() {
    }

    public static void main(String[] args) {
        long from = Long.parseLong(args[0]);
        long to = Long.parseLong(args[1]);
        for (long seed = from; seed <= to; seed++) {
            System.out.println("start " + seed);
            System.out.flush();
            DispatchOracle.Tally t = new DispatchOracle.Tally();
            DispatchOracle.compare("seed " + seed, RandomHierarchy.generate(seed), t);
            for (String m : t.mismatches) {
                System.out.println("mismatch " + m);
            }
            System.out.println("done " + seed + " " + t.classes + " " + t.sites + " " + t.errorsExpected + " "
                + t.tableSites + " " + t.conflictAsAbstract + " " + t.privateHidesDefault);
            System.out.flush();
        }
    }
}
