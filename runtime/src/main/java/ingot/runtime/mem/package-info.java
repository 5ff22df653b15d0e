/**
 * Low-level code support (DESIGN.md level 2): the {@link ingot.runtime.mem.Mem} intrinsics, the
 * {@link ingot.runtime.mem.Intrinsic} marker for classes the compiler expands inline, and the
 * {@link ingot.runtime.mem.Uninterruptible} marker whose rules the translator checks.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Calls to {@code Mem} become machine instructions in the image; the Java bodies of its
 *       methods are the hosted implementation, run on HotSpot only, against the simulated machine of
 *       {@link ingot.runtime.mem.hosted}. The translator never compiles those bodies, so they — and
 *       only they in this package — may use {@code java.util}, {@code java.lang.invoke} and the
 *       like (level 3 freedom), which portable code may not.</li>
 *   <li>The annotations have CLASS retention: they are read from the class files
 *       (RuntimeInvisibleAnnotations) by the translator, never by reflection.</li>
 * </ul>
 */
package ingot.runtime.mem;
