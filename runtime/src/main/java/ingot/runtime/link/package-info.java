/**
 * The linker: class files in, the VM's object model out — instance and statics layouts with
 * reference maps, vtables, itables and the subtype display ({@code docs/ARCHITECTURE.md},
 * "Object model and linking").
 *
 * <p>Invariants:
 * <ul>
 *   <li>Every object starts with the class word (offset 0) and the hash/lock word (offset 8);
 *       fields start at 16; arrays keep a 32-bit length at 16 and elements from 24; sizes are
 *       multiples of 8.</li>
 *   <li>A superclass's instance layout is a prefix of its subclasses' (same offsets) and its
 *       vtable too (same indices); every field is aligned to its size and no two overlap.</li>
 *   <li>A vtable or itable entry is what JVMS §5.4.6 selects (as HotSpot 17 does), or a mark that
 *       the call throws AbstractMethodError, IncompatibleClassChangeError or
 *       IllegalAccessError.</li>
 *   <li>Linking reports what a JVM reports, with java.lang's error types; nothing else
 *       escapes.</li>
 *   <li>Portable VM code (DESIGN.md level 1): only {@code java.lang} and arrays, so the linker also
 *       runs inside the image for classes loaded at run time.</li>
 * </ul>
 */
package ingot.runtime.link;
