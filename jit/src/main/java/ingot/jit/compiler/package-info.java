/**
 * The baseline compiler: JVM bytecode to x86-64 through {@link ingot.jit.asm.Assembler}, one emit
 * method per bytecode over a thin frame layer. Used by the translator at build time (NASM text)
 * and later as the JIT (bytes).
 *
 * <p>Invariants (docs/ARCHITECTURE.md, "Execution model"):
 * <ul>
 *   <li>Every local and every operand-stack value lives in its own 8-byte frame slot at a fixed
 *       rbp offset ({@link ingot.jit.compiler.FrameLayout}); between instructions no value lives
 *       in a register. The depth and kinds of the stack before each instruction come from
 *       {@link ingot.runtime.bytecode.KindAnalysis}, so each emit method knows its slots
 *       statically.</li>
 *   <li>The calling convention is the one of every Ingot method: integer and reference arguments
 *       in rdi, rsi, rdx, rcx, r8, r9, floating-point ones in xmm0..xmm7, the rest on the stack
 *       (first at [rsp+8] at entry); result in rax or xmm0; every register but rsp, rbp and r15 is
 *       clobbered by a call; rsp is 16-byte aligned at each call.</li>
 *   <li>Each bytecode offset gets a label and the bytecode as a comment, so an image is a
 *       readable listing.</li>
 * </ul>
 */
package ingot.jit.compiler;
