package conformance;

import java.util.ArrayList;
import java.util.List;

/** Boxing and unboxing: valueOf caches, equality, arithmetic on boxes, unboxing null, conversions between box types, Character and Boolean. */
public class Boxing {
    public static void main(String[] args) {
        Integer a = 127;
        Integer b = 127;
        Integer c = 128;
        Integer d = 128;
        System.out.println("cache " + (a == b) + " " + (c == d) + " " + c.equals(d) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)));
        Long la = 127L;
        Long lb = 127L;
        Short sa = 100;
        Short sb = 100;
        Byte ba = -5;
        Character ca = 'x';
        Character cb = 'x';
        Boolean t1 = true;
        Boolean t2 = Boolean.valueOf("TRUE");
        System.out.println("other caches " + (la == lb) + " " + (sa == sb) + " " + ba + " " + (ca == cb) + " " + (t1 == t2) + " "
                + Boolean.parseBoolean("yes") + " " + Boolean.logicalXor(true, false));
        Integer sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += i;
        }
        Double avg = sum / 10.0;
        Long big = sum * 1_000_000_000L;
        System.out.println("arithmetic " + sum + " " + avg + " " + big + " " + (sum > 50) + " " + (a < c));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(i * 3);
        }
        list.remove(Integer.valueOf(6));
        list.remove(0);
        int total = 0;
        for (int v : list) {
            total += v;
        }
        System.out.println("list " + list + " " + total + " " + list.contains(9) + " " + list.indexOf(12));
        Integer nothing = null;
        try {
            int x = nothing;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null throws NPE");
        }
        Object o = 5;
        Object p = 5L;
        Object q = 5.0f;
        Object r = 'z';
        System.out.println("types " + o.getClass().getSimpleName() + " " + p.getClass().getSimpleName() + " "
                + q.getClass().getSimpleName() + " " + r.getClass().getSimpleName() + " " + o.equals(p) + " "
                + ((Number) p).intValue() + " " + (o instanceof Comparable));
        System.out.println("compare " + Integer.compare(3, 7) + " " + a.compareTo(c) + " " + Character.compare('b', 'a') + " "
                + Boolean.compare(false, true) + " " + Double.valueOf(0.0).compareTo(-0.0) + " " + Float.valueOf(Float.NaN).compareTo(1f));
        System.out.println("hash " + Integer.valueOf(77).hashCode() + " " + Long.valueOf(-1L).hashCode() + " "
                + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('A').hashCode() + " "
                + Short.valueOf((short) -1).hashCode() + " " + Byte.valueOf((byte) 3).hashCode());
        System.out.println("char " + Character.isLetter('q') + Character.isDigit('5') + Character.isWhitespace('\t')
                + Character.isUpperCase('Q') + Character.toUpperCase('q') + Character.toLowerCase('Q') + Character.toChars(65)[0]
                + Character.isLetterOrDigit('_') + (int) Character.MAX_VALUE + Character.toString(66) + Character.getNumericValue('z'));
        System.out.println("statics " + Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-3, 4) + " " + Double.sum(0.5, 0.25)
                + " " + Integer.MAX_VALUE + Integer.SIZE + Long.BYTES + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        int ternary = true ? a : 0;
        Integer mixed = false ? 1 : c;
        System.out.println("ternary " + ternary + " " + mixed);
    }
}
