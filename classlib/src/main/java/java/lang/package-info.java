/**
 * The core classes: Object, Class, String and its builders, the boxes, Math, Throwable and the
 * exceptions and errors. Invariants: no lambdas, method references, reflection or indy string
 * concatenation (DESIGN.md level 1); methods only the VM can implement are {@code native} and
 * listed in docs/ARCHITECTURE.md ("Class library"); behaviour follows the JDK 17 specification.
 */
package java.lang;
