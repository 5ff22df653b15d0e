/**
 * Benchmarks run by {@code make bench}: each main measures one of our pieces against a named
 * reference in the same run, on the same input, and prints the ratio. Never run by the tests.
 */
package ingot.bench;
