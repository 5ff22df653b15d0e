/**
 * A small class-file writer for classes the translator synthesises (host-only code): a constant
 * pool that shares equal entries, fields, and methods whose Code attribute holds straight-line
 * bytecode. Invariants: every pool index written is below 65536; max_stack is tracked exactly
 * as instructions are appended (each carries its stack effect) and max_locals is given by the
 * caller; no branch instruction exists, so no StackMapTable is needed at any class-file version.
 * The classes written are meant to be read back by the runtime's own ClassFileReader.
 */
package ingot.translator.classgen;
