/**
 * Facts about JVM instructions (JVMS §6): opcodes and the length of each instruction.
 *
 * <p>Invariant: nothing here trusts the bytecode it is given; a malformed or truncated instruction
 * is reported as a result (-1), never as an exception. Portable VM code (DESIGN.md level 1).
 */
package ingot.runtime.bytecode;
