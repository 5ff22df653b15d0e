package conformance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collections together: word counts in HashMap, LinkedHashMap and TreeMap, sorting entries, a TreeSet, a deque, a priority queue, iterator removal. */
public class WordFrequency {
    static final String TEXT = "the cat sat on the mat the dog sat on the log and the cat saw the dog "
            + "a bird flew over the cat and the dog and the log";

    public static void main(String[] args) {
        String[] words = TEXT.split(" ");
        Map<String, Integer> hash = new HashMap<>();
        Map<String, Integer> linked = new LinkedHashMap<>();
        Map<String, Integer> tree = new TreeMap<>();
        for (String w : words) {
            hash.merge(w, 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
                public Integer apply(Integer a, Integer b) {
                    return a + b;
                }
            });
            linked.put(w, linked.getOrDefault(w, 0) + 1);
            Integer old = tree.get(w);
            tree.put(w, old == null ? 1 : old + 1);
        }
        System.out.println("hash " + hash);
        System.out.println("linked " + linked);
        System.out.println("tree " + tree);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(tree.entrySet());
        Collections.sort(entries, new java.util.Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int byCount = b.getValue() - a.getValue();
                return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
            }
        });
        System.out.println("top " + entries.subList(0, 4));
        TreeSet<String> unique = new TreeSet<>(hash.keySet());
        System.out.println("unique " + unique.size() + " first " + unique.first() + " last " + unique.last() + " ceiling(m) "
                + unique.ceiling("m") + " headSet(c) " + unique.headSet("c"));
        Deque<String> deque = new ArrayDeque<>();
        for (String w : words) {
            if (w.length() == 3) {
                deque.addFirst(w);
            } else {
                deque.addLast(w);
            }
        }
        System.out.println("deque " + deque.pollFirst() + " " + deque.pollLast() + " " + deque.size());
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int count : hash.values()) {
            pq.add(-count);
        }
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) {
            order.append(-pq.poll()).append(' ');
        }
        System.out.println("priorities " + order.toString().trim());
        List<String> list = new LinkedList<>(linked.keySet());
        for (Iterator<String> it = list.iterator(); it.hasNext(); ) {
            if (it.next().length() < 3) {
                it.remove();
            }
        }
        System.out.println("long words " + list);
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : unique) {
            byLength.computeIfAbsent(w.length(), new java.util.function.Function<Integer, List<String>>() {
                public List<String> apply(Integer k) {
                    return new ArrayList<>();
                }
            }).add(w);
        }
        System.out.println("by length " + byLength);
    }
}
