/** The first whole program on bare metal: printing through System.out and System.err, and an exit status. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from Ingot!");
        System.out.println("args: " + args.length);
        for (String arg : args) {
            System.out.println("  [" + arg + "]");
        }
        StringBuilder squares = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            squares.append(i * i).append(i < 10 ? " " : "");
        }
        System.out.println(squares);
        System.out.println(Math.sqrt(2.0) + " " + (float) (1.0 / 3) + " " + Long.MAX_VALUE + " " + 'c' + " " + true);
        System.out.print("no newline, then ");
        System.out.println(3.0e-10);
        System.err.println("to stderr");
        System.out.println("bye");
        System.exit(3);
    }
}
