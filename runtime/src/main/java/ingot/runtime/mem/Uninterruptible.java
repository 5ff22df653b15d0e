package ingot.runtime.mem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks low-level code (DESIGN.md level 2): a method or constructor, or every method and
 * constructor of a type (its static initializer excepted). Such code does not allocate, throw
 * explicitly, synchronize, or call code that is neither marked nor {@link Intrinsic}; it reaches
 * raw memory through {@link Mem}, with addresses as {@code long}. The translator checks these rules
 * over the whole image and fails the build listing every violation.
 *
 * <p>Never keep an object's address in a {@code long} across a point where the GC may run.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface Uninterruptible {
    /** Why this code must not be interrupted, e.g. {@code "walks raw frames"}. */
    String value();
}
