/**
 * The calls of the StrictMath differential test and benchmark: loops that apply one StrictMath (or
 * Math) function to arrays of arguments and keep the results' raw bits. Compiled against the JDK;
 * the harness renames a copy whose calls go to our java.lang.StrictMath, so both sides run the
 * same bytecode with direct static calls.
 */
package ingot.classlib.mathcalls;
