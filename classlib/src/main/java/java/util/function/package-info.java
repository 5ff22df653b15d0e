/**
 * The functional interfaces. Their default and static methods build the composed functions as
 * anonymous classes (the class library uses no lambdas), and check their arguments for null
 * eagerly, as the JDK's do.
 */
package java.util.function;
