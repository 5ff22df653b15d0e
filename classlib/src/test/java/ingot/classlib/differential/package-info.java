/**
 * The differential harness: our class library's classes, renamed into {@code ingot.remapped.*}
 * by {@link ingot.classlib.differential.Remapping}, run beside the JDK's in one HotSpot, driven
 * by the same seeded operation sequences; every result, exception and printed form must agree.
 * Invariant: a remapped class never references a JDK class that our library also defines
 * (the remapping renames every reference to a class it renames).
 */
package ingot.classlib.differential;
