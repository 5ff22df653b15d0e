package conformance;

/** Numbers to text and back: radixes, hex/octal/binary, parse errors, Double and Float shortest text, hand-made fixed-point and padded tables. */
public class NumberFormatting {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 255, -255, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        for (int v : ints) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin "
                    + Integer.toBinaryString(v) + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7)
                    + " unsigned " + Integer.toUnsignedString(v, 16));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53, 987654321987654321L};
        for (long v : longs) {
            System.out.println(v + ": hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " r36 "
                    + Long.toString(v, 36) + " bin-length " + Long.toBinaryString(v).length());
        }
        String[] inputs = {"42", "-42", "+7", "0x1F", "1F", "2147483647", "2147483648", "-2147483648", "", "12a", " 5", "007"};
        for (String s : inputs) {
            try {
                System.out.println("parseInt '" + s + "' = " + Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("parseInt '" + s + "': " + e.getMessage());
            }
        }
        System.out.println("radix " + Integer.parseInt("-zz", 36) + " " + Integer.parseInt("1111", 2) + " " + Long.parseLong("7fffffffffffffff", 16)
                + " " + Integer.valueOf("123") + " " + Integer.decode("0x10") + " " + Integer.decode("-010") + " "
                + Integer.parseUnsignedInt("4294967295"));
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("parseLong: " + e.getMessage());
        }
        double[] doubles = {0.1, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1.0E-3, 1e-5, 123456789.125, 4.35, 0.30000000000000004, 1e23,
            9.999999999999999e22, 2.2250738585072014E-308, Math.PI, Math.E, -1.5e-10, 5e-324};
        StringBuilder line = new StringBuilder("doubles");
        for (double d : doubles) {
            line.append(' ').append(d);
        }
        System.out.println(line);
        float[] floats = {0.1f, 1.0f / 3, 1e7f, 1.0E-3f, 16777216f, 3.14159265f, 1e-40f, 0.3f};
        StringBuilder fline = new StringBuilder("floats");
        for (float f : floats) {
            fline.append(' ').append(f);
        }
        System.out.println(fline);
        System.out.println("fixed " + fixed(3.14159, 2) + " " + fixed(-0.005, 2) + " " + fixed(1234567.891, 1) + " " + fixed(0.5, 0));
        String[][] rows = {{"apples", "3"}, {"melons", "12"}, {"kiwis", "100"}};
        double[] prices = {0.5, 2.25, 0.1};
        double total = 0;
        for (int k = 0; k < rows.length; k++) {
            String[] r = rows[k];
            int count = Integer.parseInt(r[1]);
            double price = prices[k];
            total += count * price;
            System.out.println(pad(r[0], 8, false) + pad(r[1], 5, true) + pad(fixed(count * price, 2), 9, true));
        }
        System.out.println(pad("total", 13, false) + pad(fixed(total, 2), 9, true));
        System.out.println("digits " + Character.forDigit(11, 16) + Character.digit('f', 16) + Character.digit('9', 8)
                + Character.getNumericValue('7') + " " + Integer.MAX_VALUE / 1000 + "," + Integer.MAX_VALUE % 1000);
        System.out.println("compare " + Integer.valueOf(127) .equals(127) + " " + Double.valueOf(1.0).compareTo(2.0) + " "
                + Long.valueOf(5).hashCode() + " " + Double.toString(1.0) + " " + Float.toString(-0.0f) + " "
                + Short.parseShort("-300") + " " + Byte.parseByte("7f", 16));
    }

    static String fixed(double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String digits = Long.toString(scaled / scale);
        String sign = value < 0 && scaled != 0 ? "-" : "";
        if (decimals == 0) {
            return sign + digits;
        }
        String fraction = Long.toString(scaled % scale + scale).substring(1);
        return sign + digits + "." + fraction;
    }

    static String pad(String s, int width, boolean right) {
        StringBuilder out = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            out.append(' ');
        }
        return right ? out + s : s + out;
    }
}
