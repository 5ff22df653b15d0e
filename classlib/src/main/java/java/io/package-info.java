/**
 * The few I/O types the core needs: Serializable, the stream bases and PrintStream (UTF-8 only),
 * which backs System.out and System.err over the VM's console.
 */
package java.io;
