package ingot.bench.workloads;

/** java.lang workloads; each returns a checksum so that nothing can be optimised away. */
public final class LangWorkloads {
    private LangWorkloads() {
    }

    /** Builds one long string from strings, ints, chars and longs. */
    public static long stringBuilderAppends(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("item=").append(i).append(',').append(i * 31L).append(' ');
        }
        return sb.toString().length();
    }

    public static long parseInts(String[] texts) {
        long sum = 0;
        for (String t : texts) {
            sum += Integer.parseInt(t);
        }
        return sum;
    }
}
