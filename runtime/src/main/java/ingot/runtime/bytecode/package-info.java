/**
 * Facts about JVM instructions (JVMS §6) and the analyses built on them: opcodes and the length of
 * each instruction; the kind of every local and stack value ({@link ingot.runtime.bytecode.KindAnalysis},
 * for the compiler's frames and the collector's stack maps); and HotSpot's helpful
 * NullPointerException messages ({@link ingot.runtime.bytecode.NullPointerMessages}), from the
 * instruction that pushed each stack value.
 *
 * <p>Invariants: nothing here trusts the bytecode it is given. Instruction facts report a malformed
 * or truncated instruction as a result (-1), never as an exception; the kind analysis refuses code
 * it cannot type with a {@link java.lang.VerifyError} naming the method and pc; the message
 * analysis gives no message (null) for code it cannot follow. Portable VM code (DESIGN.md level 1).
 */
package ingot.runtime.bytecode;
