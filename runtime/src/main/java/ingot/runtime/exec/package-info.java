/**
 * The execution runtime of compiled code: reading the code tables the translator writes
 * (return address to method and bytecode index), walking frames, and — as the object model
 * lands — unwinding exceptions, allocation and the other routines compiled code calls.
 *
 * <p>Invariants: the table layouts here are the ones {@code ingot.translator.image.CodeTables}
 * writes (docs/ARCHITECTURE.md, "Execution model"); code that walks frames is low-level
 * ({@code @Uninterruptible}): it reads memory through {@link ingot.runtime.mem.Mem} only,
 * allocates nothing and throws nothing. On HotSpot it runs over the hosted machine.
 */
package ingot.runtime.exec;
