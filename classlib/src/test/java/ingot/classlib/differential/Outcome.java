package ingot.classlib.differential;

import java.lang.reflect.InvocationTargetException;

/** What a call did: returned a value or threw. */
final class Outcome {
    final Object value;
    final Throwable thrown;

    private Outcome(Object value, Throwable thrown) {
        this.value = value;
        this.thrown = thrown;
    }

    static Outcome returned(Object value) {
        return new Outcome(value, null);
    }

    static Outcome threw(Throwable t) {
        Throwable cause = t;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return new Outcome(null, cause);
    }
}
