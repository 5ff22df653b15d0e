package ingot.runtime.mem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose static methods (or a single method) the compiler expands inline into
 * machine instructions. The Java bodies of such methods are their hosted implementation, run only
 * on HotSpot (unit tests, the translator); the translator never compiles them into the image.
 * Calls to intrinsics are allowed in {@link Uninterruptible} code.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Intrinsic {
}
