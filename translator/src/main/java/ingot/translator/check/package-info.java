/**
 * The low-level rule checker (DESIGN.md level 2): over a closed world of class files, finds every
 * method marked {@code @Uninterruptible} (itself, or through its class) and reports every breach
 * of the rules at once — allocation, explicit exceptions, synchronization, calls to code that is
 * neither marked nor {@code @Intrinsic}, calls that cannot be resolved, and unmarked overrides of
 * marked methods. Host-only (level 3).
 *
 * <p>Invariants: the checker never throws on the code it inspects — malformed bytecode or pool
 * references are reported as violations; the order of violations is deterministic (classes by
 * name, methods in file order, instructions by offset).
 */
package ingot.translator.check;
