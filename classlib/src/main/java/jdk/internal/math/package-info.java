/**
 * The number conversions behind java.lang's Double and Float and java.util's Formatter, shared by
 * both packages (this package is not exported): JDK 17's Double.toString digits, correctly rounded
 * parsing of decimal and hexadecimal strings, hexadecimal printing, and the unsigned big integers
 * they need. Invariants: the results equal JDK 17's bit for bit and character for character;
 * no allocation beyond a few small arrays on the common paths; level 1 Java only (no java.util).
 */
package jdk.internal.math;
