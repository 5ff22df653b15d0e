/**
 * The collections framework and the utilities of java.util, written from scratch to match the
 * JDK 17 specification and its observable behaviour: iteration orders (the same hash spreading,
 * table sizes and resize order as the JDK's HashMap), toString forms, hash codes, exception types
 * and messages, and fail-fast iterators. No lambdas: functional arguments are called, and composed
 * functions are anonymous or nested classes.
 */
package java.util;
