/**
 * Benchmarks run by {@code make bench} (listed in test/scripts/bench.sh): each is a main class
 * that measures one of our components against a named reference in the same run and prints the
 * numbers and the ratio. Speed is measured here, never in timed tests.
 */
package ingot.bench;
