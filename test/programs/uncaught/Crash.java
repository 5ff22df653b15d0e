/** An exception nobody catches: the launcher's report on stderr and exit status 1 (test: MainProgramTest). */
public class Crash {
    public static void main(String[] args) {
        System.out.println("before");
        level1(3);
        System.out.println("never");
    }

    static void level1(int n) {
        try {
            level2(n);
        } catch (ArithmeticException e) {
            throw new IllegalStateException("level1 failed", e);
        }
    }

    static int level2(int n) {
        return 10 / (n - 3);
    }
}
