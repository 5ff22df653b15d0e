package java.lang;

import java.io.PrintStream;

/**
 * The superclass of everything that can be thrown. The VM captures the stack when a throwable is
 * made ({@link #captureBacktrace}) and turns it into frames only when asked
 * ({@link #decodeBacktrace}).
 */
public class Throwable implements java.io.Serializable {
    private static final long serialVersionUID = -3042686055658047285L;
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_THROWABLES = new Throwable[0];

    private final String detailMessage;
    /** {@code this} until the cause is set (possibly to null). */
    private Throwable cause = this;
    /** Null when suppression is disabled. */
    private Throwable[] suppressed;
    private int suppressedCount;
    private final boolean writableStackTrace;
    /** The VM's opaque record of the stack, decoded lazily. */
    private transient Object backtrace;
    private StackTraceElement[] stackTrace;

    public Throwable() {
        this(null, true, true);
    }

    public Throwable(String message) {
        this(message, true, true);
    }

    public Throwable(String message, Throwable cause) {
        this(message, true, true);
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        this(cause == null ? null : cause.toString(), true, true);
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        this(message, enableSuppression, writableStackTrace);
        this.cause = cause;
    }

    private Throwable(String message, boolean enableSuppression, boolean writableStackTrace) {
        this.detailMessage = message;
        this.writableStackTrace = writableStackTrace;
        this.suppressed = enableSuppression ? NO_THROWABLES : null;
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = NO_FRAMES;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            String what = cause == null ? "a null" : cause.toString();
            throw new IllegalStateException("Can't overwrite cause with " + what, this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? name + ": " + message : name;
    }

    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace) {
            backtrace = captureBacktrace();
            stackTrace = null;
        }
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return frames().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (writableStackTrace) {
                this.stackTrace = copy;
                this.backtrace = null;
            }
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == null) {
            return;
        }
        if (suppressedCount == suppressed.length) {
            Throwable[] grown = new Throwable[Math.max(2, suppressedCount * 2)];
            System.arraycopy(suppressed, 0, grown, 0, suppressedCount);
            suppressed = grown;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressedCount == 0) {
            return NO_THROWABLES;
        }
        Throwable[] copy = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, copy, 0, suppressedCount);
        return copy;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** The JDK's layout: frames, then suppressed and causes with common frames elided. */
    public void printStackTrace(PrintStream s) {
        new StackTracePrinter(s).print(this);
    }

    /** The decoded frames, without copying. */
    synchronized StackTraceElement[] frames() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? NO_FRAMES : decodeBacktrace(backtrace);
            backtrace = null;
        }
        return stackTrace;
    }

    /** VM: an opaque record of the calling thread's frames, excluding the throwable's constructors. */
    private native Object captureBacktrace();

    /** VM: the frames of a record made by {@link #captureBacktrace}, innermost first. */
    private static native StackTraceElement[] decodeBacktrace(Object backtrace);
}
