/**
 * The class-file reader: untrusted bytes in, the VM's own class metadata out.
 *
 * <p>{@link ingot.runtime.classfile.ClassFileReader#read(byte[])} parses class files of versions
 * 45.0 to 61 and performs the format checks of JVMS §4.8: every constant-pool index is in range and
 * of the right tag, names and descriptors are well formed, lengths agree, nothing trails the last
 * attribute.
 *
 * <p>Invariants:
 * <ul>
 *   <li>The only exception that escapes is {@link java.lang.ClassFormatError} (or its subclass
 *       {@link java.lang.UnsupportedClassVersionError}); its message names the class when known,
 *       the byte offset, and what was wrong.</li>
 *   <li>No array is allocated from a declared count or length before the remaining input has been
 *       checked to hold at least that many bytes, so a forged length cannot exhaust memory.</li>
 *   <li>Every loop advances through the input, so every parse ends.</li>
 *   <li>Nothing recurses to a depth the input controls: nested annotation values are walked with
 *       explicit stacks, when checked and when decoded.</li>
 *   <li>Utf8 strings and annotations are decoded lazily from the class-file bytes, which the
 *       {@link ingot.runtime.classfile.ConstantPool} keeps; everything is checked while reading.</li>
 *   <li>Portable VM code (DESIGN.md level 1): only {@code java.lang} and arrays; it runs on HotSpot
 *       in the translator and inside the image.</li>
 * </ul>
 */
package ingot.runtime.classfile;
