package conformance;

import java.util.Random;

/**
 * String.format, printf, number parsing and hex floats, Random.nextGaussian and StrictMath, as a
 * program prints them (StrictMath: HotSpot's Math may use intrinsics an ulp away, as the spec allows).
 */
public class Formatting {
    public static void main(String[] args) {
        System.out.printf("%d|%5d|%-5d|%05d|%+d|%,d|%(d|% d%n", 42, 42, 42, 42, 42, 1234567, -42, 42);
        System.out.printf("%x %X %o %#x %#o %08X%n", 255, 255, 8, 255, 8, -1);
        System.out.printf("%s %S %10s %-10s| %.3s %c %b %B %h%n", "abc", "abc", "right", "left", "truncate", 'z', null, true, "hi");
        System.out.printf("%e %E %.2e %f %.0f %.3f %,.2f %g %G %.3g%n", 12345.678, 0.000123, 9.999, Math.PI, 2.5, -0.0005, 1234567.891, 0.0001234, 123456789.0, 1.0);
        System.out.printf("%2$s %1$s %<s %n", "one", "two");
        System.out.println(String.format("%08.3f|%-12.4e|%+.1f", -3.14159, 6.02214076e23, 0.05));
        System.out.println("x".formatted() + String.format("%%|%n").length());
        String[] numbers = {"3.14", "-0.0", "1e308", "1e309", "4.9e-324", "2e-324", "0x1.8p3", "  42  ", "NaN", "-Infinity", "1_0", "", ".", "1.5f", "0x"};
        for (String n : numbers) {
            try {
                System.out.println(n + " -> " + Double.parseDouble(n) + " / " + Float.parseFloat(n));
            } catch (NumberFormatException e) {
                System.out.println(n + " -> " + e.getMessage());
            }
        }
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE)
                + " " + Float.toHexString(3.5f) + " " + Double.toHexString(Double.NaN));
        Random random = new Random(2026);
        for (int i = 0; i < 4; i++) {
            System.out.println(random.nextGaussian() + " " + random.nextInt(100) + " " + random.nextDouble());
        }
        double[] xs = {0.5, 1.0, 3.0, 100.0, 1e-300, 1e300, -2.5};
        for (double x : xs) {
            System.out.println(x + ": " + StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x) + " " + StrictMath.exp(x) + " "
                    + StrictMath.log(Math.abs(x)) + " " + StrictMath.pow(x, 1.5) + " " + StrictMath.cbrt(x) + " "
                    + StrictMath.atan2(x, 2) + " " + StrictMath.hypot(x, 3));
        }
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%q", 1);
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
