package ingot.bench.workloads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Collection workloads; each returns a checksum so that nothing can be optimised away. */
public final class CollectionWorkloads {
    private CollectionWorkloads() {
    }

    /** Puts every key, then gets every key. */
    public static long hashMapPutGet(Integer[] keys) {
        HashMap<Integer, Integer> map = new HashMap<Integer, Integer>();
        for (Integer k : keys) {
            map.put(k, k);
        }
        long sum = 0;
        for (Integer k : keys) {
            sum += map.get(k);
        }
        return sum + map.size();
    }

    /** Puts every key, then gets every key (strings whose hash codes collide: tree bins). */
    public static long hashMapPutGetStrings(String[] keys) {
        HashMap<String, String> map = new HashMap<String, String>();
        for (String k : keys) {
            map.put(k, k);
        }
        long sum = 0;
        for (String k : keys) {
            sum += map.get(k).length();
        }
        return sum + map.size();
    }

    /**
     * Sets, flips and clears bits and ranges of two BitSets, combines them, then walks the set
     * bits with nextSetBit and nextClearBit.
     */
    public static long bitSetOps(int[] bits) {
        BitSet a = new BitSet();
        BitSet b = new BitSet();
        for (int i = 0; i < bits.length; i++) {
            a.set(bits[i]);
            b.flip(bits[i] >>> 1);
            if ((i & 63) == 0) {
                a.set(bits[i], bits[i] + 200);
                b.clear(bits[i] >>> 2, (bits[i] >>> 2) + 100);
            }
        }
        long sum = a.cardinality() + b.cardinality();
        BitSet c = (BitSet) a.clone();
        c.and(b);
        a.or(b);
        b.xor(c);
        for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
            sum += i;
        }
        for (int i = b.nextClearBit(0); i < b.length(); i = b.nextClearBit(i + 1)) {
            sum += i & 7;
        }
        for (int i = 0; i < bits.length; i++) {
            sum += c.get(bits[i]) ? 1 : 0;
        }
        return sum + c.length() + a.previousSetBit(a.length());
    }

    /** Adds every value, reads them back by index, then iterates. */
    public static long arrayListAddGetIterate(Integer[] values) {
        ArrayList<Integer> list = new ArrayList<Integer>();
        for (Integer v : values) {
            list.add(v);
        }
        long sum = 0;
        for (int i = 0; i < list.size(); i++) {
            sum += list.get(i);
        }
        for (Integer v : list) {
            sum += v;
        }
        return sum;
    }

    /** Puts every key, gets every key, then iterates the entries in order. */
    public static long treeMapPutGetIterate(Integer[] keys) {
        TreeMap<Integer, Integer> map = new TreeMap<Integer, Integer>();
        for (Integer k : keys) {
            map.put(k, k);
        }
        long sum = 0;
        for (Integer k : keys) {
            sum += map.get(k);
        }
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            sum += e.getKey();
        }
        return sum;
    }

    public static long sortInts(int[] data) {
        int[] a = data.clone();
        Arrays.sort(a);
        return a[a.length / 3];
    }

    public static long sortObjects(Integer[] data) {
        Integer[] a = data.clone();
        Arrays.sort(a);
        return a[a.length / 3];
    }

    /** A stable sort of strings by length (many ties). */
    public static long sortObjectsWithComparator(String[] data) {
        String[] a = data.clone();
        Arrays.sort(a, new ByLength());
        return a[a.length / 3].length();
    }

    /** Orders strings by length. */
    static final class ByLength implements java.util.Comparator<String> {
        @Override
        public int compare(String x, String y) {
            return Integer.compare(x.length(), y.length());
        }
    }
}
