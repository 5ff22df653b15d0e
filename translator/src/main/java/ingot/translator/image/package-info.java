/**
 * Writing an image: compiled code and data as NASM source around the boot shim
 * ({@code boot/shim.asm}, then the code defining {@code ingot_java_main}, then
 * {@code boot/end.asm}), assembled by NASM into an ELF. Host-only (translator) code.
 *
 * <p>Invariant: every symbol the compiled code refers to is defined in the same NASM file, so
 * NASM does every relocation; names of Java entities are mangled into NASM identifiers by
 * {@link ingot.translator.image.Mangle}, one-to-one.
 */
package ingot.translator.image;
