/**
 * Arbitrary-precision arithmetic, written from the JDK 17 specification: BigInteger (sign and
 * magnitude of 32-bit words, least significant first), BigDecimal (an unscaled value, a long when
 * it fits, and a scale), MathContext and RoundingMode. Invariants: results, printed forms, hash
 * codes, exception types and messages equal JDK 17's (the differential harness compares them);
 * magnitudes handed between classes are exact (no zero top word) and never changed after a value
 * holds them; level-1 Java only (no lambdas, no reflection).
 */
package java.math;
