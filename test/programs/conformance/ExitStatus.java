package conformance;

/** System.exit with a non-zero status from deep inside the program; finally blocks do not run; the arguments arrive. */
// command line: conformance.ExitStatus 17 two three
public class ExitStatus {
    public static void main(String[] args) {
        System.out.println("args " + args.length + " " + String.join(",", args));
        int status = Integer.parseInt(args[0]);
        try {
            leave(status);
        } finally {
            System.out.println("finally must not run");
        }
    }

    static void leave(int status) {
        System.out.print("leaving with " + status);
        System.err.print("no newline on stderr");
        System.exit(status);
    }
}
