/**
 * Reads jar (ZIP) archives and inflates their entries, with no help from {@code java.util.zip}.
 *
 * <p>Pieces: {@link ingot.runtime.jar.JarArchive} (end record, ZIP64, central directory, local
 * headers, multi-release selection), {@link ingot.runtime.jar.Inflater} (RFC 1951 over a whole
 * input array), {@link ingot.runtime.jar.Crc32}, {@link ingot.runtime.jar.Manifest}.
 *
 * <p>Invariants: the input is untrusted. Every malformation is reported as
 * {@link ingot.runtime.jar.JarFormatException} and nothing else; no array is ever sized from a
 * declared length beyond what the input bytes and the caller's limit allow; every loop consumes
 * input or output, so it ends. Portable level-1 code: java.lang basics and arrays only.
 */
package ingot.runtime.jar;
