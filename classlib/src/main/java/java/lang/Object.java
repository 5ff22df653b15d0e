package java.lang;

/** The root of the class hierarchy. Identity, class and monitor operations come from the VM. */
public class Object {
    public Object() {
    }

    /** The runtime class of this object (VM intrinsic). */
    public final native Class<?> getClass();

    /** The identity hash code unless overridden (VM intrinsic, same as System.identityHashCode). */
    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    /** Shallow copy; throws CloneNotSupportedException unless the class is Cloneable (VM). */
    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    public final native void notify();

    public final native void notifyAll();

    public final void wait() throws InterruptedException {
        wait(0L);
    }

    public final native void wait(long timeoutMillis) throws InterruptedException;

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait(timeoutMillis);
    }

    @Deprecated(since = "9")
    protected void finalize() throws Throwable {
    }
}
