package conformance;

/** String concatenation (invokedynamic makeConcatWithConstants) with constants and values of every type, nulls and objects. */
public class StringConcat {
    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + "," + y + ")";
        }
    }

    static final String CONST = "const";
    static final int ICONST = 12;

    public static void main(String[] args) {
        boolean z = true;
        byte b = -8;
        char c = 'c';
        short s = 300;
        int i = -70000;
        long l = 1L << 62;
        float f = 1.5e-5f;
        double d = -0.0;
        String str = "str";
        String nul = null;
        Object obj = new Point(1, -2);
        Object nobj = null;
        char[] chars = {'x', 'y'};
        System.out.println(z + "|" + b + "|" + c + "|" + s + "|" + i + "|" + l + "|" + f + "|" + d + "|" + str + "|" + nul
                + "|" + obj + "|" + nobj);
        System.out.println("" + z + b + c + s + i + l + f + d + str + nul + obj + nobj);
        System.out.println(CONST + ICONST + "-" + CONST + '-' + 1 + 2 + (1 + 2) + 'a' + 'b' + ('a' + 'b'));
        System.out.println(1 + 2 + "three" + 4 + 5);
        System.out.println(c + 1 + "x" + (char) (c + 1));
        System.out.println("unicode \u00e9".length() + " tab\tquote\" backslash\\ " + "\u0001\u0002 markers".length());
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        System.out.println(acc);
        String many = "a" + 1 + "b" + 2L + "c" + 3.0f + "d" + 4.0 + "e" + true + "f" + 'g' + "h" + (byte) 5 + "i" + (short) 6
                + "j" + obj + "k" + nul + "l" + Integer.valueOf(7) + "m" + Long.valueOf(8) + "n" + Double.valueOf(9.5) + "o";
        System.out.println(many);
        System.out.println(String.valueOf(chars) + " " + String.valueOf((Object) null) + " " + String.valueOf(3.25f) + " "
                + String.valueOf(true) + " " + "x".concat("y") + " " + String.join("-", "a", "b", "c"));
        StringBuilder sb = new StringBuilder();
        sb.append(z).append(b).append(c).append(s).append(i).append(l).append(f).append(d).append(str).append(nul).append(obj)
                .append(chars).append(chars, 1, 1).append((CharSequence) "seq").append("sub", 1, 2);
        System.out.println(sb + " " + sb.length());
        sb.setLength(3);
        sb.insert(0, 42).insert(2, '_').reverse();
        System.out.println(sb + " " + sb.indexOf("2") + " " + sb.charAt(0));
        sb.replace(0, 2, "XYZ").deleteCharAt(1).setCharAt(0, 'q');
        System.out.println(sb);
        System.out.println(Integer.MIN_VALUE + " " + Long.MIN_VALUE + " " + Float.MIN_NORMAL + " " + Double.MIN_NORMAL + " "
                + Character.MAX_RADIX + " " + Byte.MIN_VALUE + " " + Short.MAX_VALUE);
    }
}
