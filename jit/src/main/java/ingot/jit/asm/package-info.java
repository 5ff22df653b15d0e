/**
 * The x86-64 assembler under Ingot's one code generator.
 *
 * <p>{@link ingot.jit.asm.Assembler} has one small method per mnemonic and operand form; each
 * call writes machine code into a {@link ingot.jit.asm.CodeBuffer} and, when one is attached,
 * the same instruction as NASM source into a {@link ingot.jit.asm.NasmWriter}. The translator
 * uses the text, the JIT the bytes.
 *
 * <p>Invariants: the bytes are exactly what NASM 2.16 ({@code -Ox}) makes of the text; every
 * encoding choice (immediate and displacement sizes, accumulator forms, jump sizes) is made once,
 * here, and the text spells it out. Portable VM code: java.lang only, no collections.
 */
package ingot.jit.asm;
