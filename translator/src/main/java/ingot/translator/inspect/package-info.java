/**
 * {@code ingot inspect}: reads jars and class files with the VM's own readers and prints their
 * classes, or one summary line. Host-only code; the readers it calls are portable VM code.
 */
package ingot.translator.inspect;
