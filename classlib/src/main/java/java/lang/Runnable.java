package java.lang;

/** A task with no arguments and no result. */
@FunctionalInterface
public interface Runnable {
    void run();
}
