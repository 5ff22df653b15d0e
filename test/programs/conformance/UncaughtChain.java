package conformance;

/** Ends with an uncaught exception that has a cause: HotSpot's report on stderr and exit status 1 after some output. */
public class UncaughtChain {
    static class Config {
        static int port(String value) {
            try {
                return digits(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port: " + value, e);
            }
        }

        static int digits(String s) {
            int value = 0;
            for (char c : s.toCharArray()) {
                if (!Character.isDigit(c)) {
                    throw new NumberFormatException("For input string: \"" + s + "\"");
                }
                value = value * 10 + Character.digit(c, 10);
            }
            return value;
        }
    }

    public static void main(String[] args) {
        System.out.println("port " + Config.port("8080"));
        System.err.println("warning: next one fails");
        System.out.println("port " + Config.port("80a80"));
        System.out.println("never printed");
    }
}
