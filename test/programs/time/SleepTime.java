/**
 * Time on bare metal (docs/ARCHITECTURE.md, "Time and idle"): nanoTime across Thread.sleep(1000),
 * a timed Object.wait, the argument checks of sleep, and the wall clock. The lines starting
 * "elapsed ns:" and "currentTimeMillis:" differ from run to run; the test reads and removes them
 * before comparing with HotSpot.
 */
public class SleepTime {
    private static final long SECOND = 1_000_000_000L;

    public static void main(String[] args) throws InterruptedException {
        System.out.println("time on this machine"); // a Xen console's first line can be ~0.2 s late
        Thread.sleep(500);
        System.out.println("sleeping 1000 ms");
        long before = System.nanoTime();
        Thread.sleep(1000);
        long elapsed = System.nanoTime() - before;
        System.out.println("nanoTime across Thread.sleep(1000) within 1 s +- 5%: "
                + (Math.abs(elapsed - SECOND) <= SECOND / 20));
        long first = System.nanoTime();
        long second = System.nanoTime();
        System.out.println("nanoTime never decreases: " + (second >= first));
        timedWait();
        shortSleeps();
        badArguments();
        System.out.println("elapsed ns: " + elapsed);
        System.out.println("currentTimeMillis: " + System.currentTimeMillis());
    }

    private static void timedWait() throws InterruptedException {
        Object lock = new Object();
        long before = System.nanoTime();
        synchronized (lock) {
            lock.wait(100);
        }
        long waited = System.nanoTime() - before;
        System.out.println("wait(100) waited 100 ms or more: " + (waited >= 100_000_000L));
    }

    private static void shortSleeps() throws InterruptedException {
        long before = System.nanoTime();
        Thread.sleep(0);
        Thread.sleep(2, 500_000);
        long slept = System.nanoTime() - before;
        System.out.println("sleep(0) and sleep(2, 500000) took 2.5 ms or more: " + (slept >= 2_500_000L));
    }

    private static void badArguments() throws InterruptedException {
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1): " + e.getMessage());
        }
        try {
            Thread.sleep(1, 1_000_000);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, 1000000): " + e.getMessage());
        }
    }
}
