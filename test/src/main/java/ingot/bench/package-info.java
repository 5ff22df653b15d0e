/**
 * Benchmarks, run by {@code make bench}: each is a main class that prints its numbers and
 * their ratio against a named reference measured in the same run.
 */
package ingot.bench;
