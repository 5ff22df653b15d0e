/**
 * The collections framework and the utilities of java.util, written from scratch to match the
 * JDK 17 specification and its observable behaviour: iteration orders (the same hash spreading,
 * table sizes and resize order as the JDK's HashMap), toString forms, hash codes, exception types
 * and messages, and fail-fast iterators. No lambdas: functional arguments are called, and composed
 * functions are anonymous or nested classes. Locale and its helpers are all named Locale* (the
 * differential harness leaves them the JDK's when it renames the rest); Formatter reaches locale
 * data only through Locale's public API (NumberSymbols).
 */
package java.util;
