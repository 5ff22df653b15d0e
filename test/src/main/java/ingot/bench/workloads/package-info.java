/**
 * Benchmark workloads written in plain Java against java.util and java.lang. ClasslibBench runs
 * each as compiled (on the JDK's classes) and as a renamed copy whose references to the library
 * point at our classes, so both run the same bytecode with direct calls.
 */
package ingot.bench.workloads;
