package ingot.classlib.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Runs every scenario's seeded sequences on both sides and counts sequences, operations and
 * mismatches. Usable from the test and from a main for investigation:
 * {@code DifferentialHarness [scenario-substring] [sequences] [steps] [first-seed]}.
 */
public final class DifferentialHarness {
    private final Sides sides;
    private final OpTables tables = new OpTables();
    private final Describer jdk;
    private final Describer ours;
    private int sequences;
    private long operations;
    private long unsupportedSpliterators;
    private final Map<String, Integer> unsupportedClasses = new java.util.TreeMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, int[]> perScenario = new LinkedHashMap<>();
    private TextRunner text;
    private LocaleRunner locales;
    private BigMathRunner bigMath;

    public DifferentialHarness(Remapping remapping) {
        this.sides = new Sides(remapping);
        this.jdk = new Describer(sides, false);
        this.ours = new Describer(sides, true);
    }

    /**
     * Runs {@code count} sequences of {@code steps} operations of every scenario matching the
     * filter: the object scenarios, then the text ones (formatting and parsing, TextRunner), then
     * the Locale ones (LocaleRunner), then java.math (BigMathRunner).
     */
    public void run(String filter, int count, int steps, long firstSeed) {
        for (Scenario s : Scenarios.all()) {
            if (filter != null && !s.name.contains(filter)) {
                continue;
            }
            int[] stats = perScenario.computeIfAbsent(s.name, k -> new int[3]);
            for (int i = 0; i < count; i++) {
                SequenceRunner r = new SequenceRunner(sides, tables, jdk, ours, s, firstSeed + i);
                r.run(steps);
                sequences++;
                operations += r.operations();
                unsupportedSpliterators += r.unsupported();
                r.unsupportedClasses().forEach((k, v) -> unsupportedClasses.merge(k, v, Integer::sum));
                stats[0]++;
                stats[1] += r.operations();
                if (r.mismatch() != null) {
                    mismatches.add(r.mismatch());
                    stats[2]++;
                }
            }
        }
        for (String name : TextRunner.SCENARIOS) {
            if (filter == null || name.contains(filter)) {
                runSequences(name, count, firstSeed, seed -> text().run(name, seed, steps));
            }
        }
        for (String name : LocaleRunner.SCENARIOS) {
            if (filter == null || name.contains(filter)) {
                runSequences(name, count, firstSeed, seed -> locales().run(name, seed, steps));
            }
        }
        for (String name : BigMathRunner.SCENARIOS) {
            if (filter == null || name.contains(filter)) {
                runSequences(name, count, firstSeed, seed -> bigMath().run(name, seed, steps));
            }
        }
    }

    private TextRunner text() {
        if (text == null) {
            text = new TextRunner(sides.remapping);
        }
        return text;
    }

    private LocaleRunner locales() {
        if (locales == null) {
            locales = new LocaleRunner(sides.remapping);
        }
        return locales;
    }

    private BigMathRunner bigMath() {
        if (bigMath == null) {
            bigMath = new BigMathRunner(sides, text());
        }
        return bigMath;
    }

    /** count sequences of one scenario of TextRunner, LocaleRunner or BigMathRunner, counted into the totals. */
    private void runSequences(String name, int count, long firstSeed, LongFunction<TextRunner.Result> sequence) {
        int[] stats = perScenario.computeIfAbsent(name, k -> new int[3]);
        for (int i = 0; i < count; i++) {
            TextRunner.Result r = sequence.apply(firstSeed + i);
            sequences++;
            operations += r.operations;
            stats[0]++;
            stats[1] += r.operations;
            if (r.mismatch != null) {
                mismatches.add(r.mismatch);
                stats[2]++;
            }
        }
    }

    public int sequences() {
        return sequences;
    }

    public long operations() {
        return operations;
    }

    /** How many spliterators the JDK returned of classes this library does not reproduce. */
    public long unsupportedSpliterators() {
        return unsupportedSpliterators;
    }

    /** The JDK classes of the spliterators not compared, with counts (empty when all are reproduced). */
    public Map<String, Integer> unsupportedClasses() {
        return unsupportedClasses;
    }

    public List<String> mismatches() {
        return mismatches;
    }

    /** The line the build prints. */
    public String summary() {
        return "classlib differential: " + sequences + " sequences, " + operations + " operations, "
                + mismatches.size() + " mismatches";
    }

    /** One line per scenario: sequences, operations, mismatches. */
    public String perScenario() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, int[]> e : perScenario.entrySet()) {
            int[] s = e.getValue();
            sb.append(String.format("  %-28s %5d sequences %8d operations %4d mismatches%n", e.getKey(), s[0], s[1], s[2]));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        DifferentialHarness h = new DifferentialHarness(Remapping.collections(Remapping.locateLibrary()));
        String filter = args.length > 0 ? args[0] : null;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        h.run(filter, count, steps, seed);
        for (int i = 0; i < Math.min(5, h.mismatches().size()); i++) {
            System.out.println(h.mismatches().get(i));
        }
        System.out.print(h.perScenario());
        System.out.println("spliterators of unreproduced classes, not compared further: " + h.unsupportedSpliterators()
                + " " + h.unsupportedClasses());
        System.out.println(h.summary());
    }
}
