/** Strings on bare metal: literals, concatenation, StringBuilder, number printing (test: ObjectCodeTest). */
public class Texts {
    static final String GREETING = "hello";

    public static int tLiteralsAreInterned() {
        String a = "ingot";
        String b = "ing" + "ot";           // a compile-time constant: the same literal
        return (a == b ? 1 : 0) + GREETING.length() * 10;
    }

    public static int tConcatenation() {
        int n = 42;
        long big = -9_000_000_000L;
        char c = 'x';
        boolean flag = true;
        String s = "n=" + n + ", big=" + big + ", c=" + c + ", flag=" + flag + ", null=" + null;
        return s.hashCode() ^ s.length();
    }

    public static int tBuilder() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append(i).append(',');
        }
        sb.reverse();
        sb.insert(3, "mid");
        sb.setLength(sb.length() - 5);
        return sb.toString().hashCode();
    }

    public static int tStringMethods() {
        String s = "The Quick Brown Fox";
        String lower = s.toLowerCase();
        int r = lower.indexOf("quick") * 1000 + s.lastIndexOf('o') * 10;
        r += s.substring(4, 9).equals("Quick") ? 1 : 0;
        r += s.compareTo("The Slow") < 0 ? 2 : 0;
        r += s.replace('o', '0').hashCode() % 97;
        return r + (s.startsWith("The") ? 5 : 0) + s.trim().length() + String.valueOf(3.5f).length();
    }

    public static long tNumberText() {
        String ints = Integer.toString(-123456) + Integer.toHexString(48879) + Integer.toBinaryString(10)
                + Long.toString(Long.MIN_VALUE) + Integer.parseInt("-2147483648");
        return ints.hashCode() * 31L + ints.length();
    }

    public static int tDoubles() {
        String d = Double.toString(0.1) + " " + (1.0 / 3) + " " + 1e21 + " " + 100.0 + " " + (float) Math.PI + " " + -0.0;
        return d.hashCode();
    }
}
