package conformance;

/** monitorenter/monitorexit: synchronized methods and blocks, nested and re-entrant, released by exceptions; single-threaded results. */
public class Monitors {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void increment() {
        count++;
    }

    static synchronized void incrementStatic() {
        staticCount++;
    }

    void nested(int depth) {
        synchronized (lock) {
            synchronized (this) {
                count += depth;
                if (depth > 0) {
                    nested(depth - 1);
                }
            }
        }
    }

    int failInside() {
        synchronized (lock) {
            if (count >= 0) {
                throw new IllegalStateException("inside synchronized");
            }
            return count;
        }
    }

    public static void main(String[] args) {
        Monitors m = new Monitors();
        for (int i = 0; i < 1000; i++) {
            m.increment();
            incrementStatic();
        }
        m.nested(10);
        System.out.println("count " + m.count + " static " + staticCount);
        for (int i = 0; i < 3; i++) {
            try {
                m.failInside();
            } catch (IllegalStateException e) {
                System.out.println("released after " + e.getMessage());
            }
        }
        synchronized (Monitors.class) {
            synchronized (m.lock) {
                m.increment();
            }
        }
        StringBuffer buffer = new StringBuffer();
        for (int i = 0; i < 5; i++) {
            buffer.append(i).append(',');
        }
        System.out.println("buffer " + buffer + " count " + m.count);
    }
}
