package conformance;

import java.util.ArrayList;
import java.util.List;

/** Short-lived garbage, as most programs make it: a few hundred megabytes of temporary strings, arrays and lists, of which little stays alive. */
public class AllocationChurn {
    public static void main(String[] args) {
        long checksum = 0;
        List<String> survivors = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            int[] scratch = new int[100_000];
            for (int i = 0; i < scratch.length; i += 1000) {
                scratch[i] = round + i;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                sb.append(i).append(',');
            }
            String text = sb.toString();
            checksum += text.length() + scratch[round * 100];
            if (round % 50 == 0) {
                survivors.add(text.substring(0, 10));
            }
        }
        System.out.println("checksum " + checksum + " survivors " + survivors);
    }
}
