/** Reflection. Only array creation and length, which the collections need, both VM intrinsics. */
package java.lang.reflect;
