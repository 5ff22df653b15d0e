package ingot.classlib.differential;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The kinds of arguments an operation takes, with the parameter type each has on the JDK side. */
enum Arg {
    /** An element or value from the scenario's domain (the same object on both sides). */
    VALUE(Object.class),
    /** A key from the scenario's domain. */
    KEY(Object.class),
    /** A short text (String) of letters, spaces and punctuation, sometimes empty or null. */
    TEXT(String.class),
    /** A text as a CharSequence parameter. */
    CHARS(CharSequence.class),
    /** A fresh StringJoiner (delimiter "-", prefix "&lt;", suffix "&gt;") holding a text or nothing. */
    JOINER(java.util.StringJoiner.class),
    /** A fresh int[] of small random values (separate arrays per side, compared after the call). */
    INT_ARRAY(int[].class),
    /** A fresh double[] with negative zeros, NaNs and infinities among random values. */
    DOUBLE_ARRAY(double[].class),
    /** A fresh Integer[] (sometimes with a null or a string) as an Object[]. */
    SORTABLE(Object[].class),
    /** A fresh long[] of up to five words (zeros, all ones, single bits, random), for BitSet.valueOf. */
    LONG_ARRAY(long[].class),
    /** A fresh byte[] of up to twenty bytes, trailing zeros sometimes, for BitSet.valueOf. */
    BYTE_ARRAY(byte[].class),
    /** A bit index: mostly below 200, word boundaries, sometimes negative or near 1000. */
    BIT(int.class),
    /** A fresh BitSet, an existing BitSet handle (the receiver itself among them), or null. */
    BITSET(java.util.BitSet.class),
    /** A set of Spliterator characteristics (some of the eight bits, sometimes none or all). */
    CHARACTERISTICS(int.class),
    /** A size estimate: small, 0, or Long.MAX_VALUE. */
    SIZE(long.class),
    /** A constant of the shared enum Element. */
    ENUM(Enum.class),
    /** Element.class. */
    ENUM_CLASS(Class.class),
    /** An index around the receiver's size, sometimes out of range. */
    INDEX(int.class),
    /** A small count or capacity. */
    COUNT(int.class),
    BOOL(boolean.class),
    /** A load factor: 0.75 mostly, sometimes another or an illegal one. */
    FLOAT(float.class),
    /** A valid load factor of 0.75 or below (0.25, 0.5, 0.75), so that tables grow large early. */
    SMALL_LOAD(float.class),
    /** A fresh collection of domain values, an existing collection handle, or null. */
    COLLECTION(Collection.class),
    /** A fresh list of domain values or an existing list handle. */
    LIST(java.util.List.class),
    /** A fresh map, an existing map handle, or null. */
    MAP(Map.class),
    COMPARATOR(Comparator.class),
    PREDICATE(Predicate.class),
    UNARY(UnaryOperator.class),
    CONSUMER(Consumer.class),
    BICONSUMER(BiConsumer.class),
    FUNCTION(Function.class),
    BIFUNCTION(BiFunction.class),
    /** A fresh Object[] of a length around the receiver's size. */
    OBJECT_ARRAY(Object[].class),
    /** A fresh Integer[] of a length around the receiver's size (as the T[] of toArray). */
    INTEGER_ARRAY(Object[].class),
    /** For equals and contains: a value, a handle, a fresh collection or a fresh entry. */
    ANY(Object.class),
    /** A java.util.Random with a seed chosen by the harness (the same seed on both sides). */
    RANDOM(java.util.Random.class),
    /** An array of non-null domain values, for the varargs factories. */
    VALUES(Object[].class),
    /** A format string with random specifiers (TextInputs), sometimes malformed. */
    FORMAT(String.class),
    /**
     * Arguments for the last format string: numbers of every box, characters, strings, null, and
     * now and then a Formattable fixture (one per side).
     */
    FORMAT_ARGS(Object[].class),
    /** A seed for java.util.Random. */
    SEED(long.class),
    /** A fresh StringBuilder holding "x" (one per side), as a Formatter's destination. */
    APPENDABLE(Appendable.class),
    /** A logging IntConsumer (sometimes null). */
    INT_CONSUMER(java.util.function.IntConsumer.class),
    /** A logging LongConsumer (sometimes null). */
    LONG_CONSUMER(java.util.function.LongConsumer.class),
    /** A logging DoubleConsumer (sometimes null). */
    DOUBLE_CONSUMER(java.util.function.DoubleConsumer.class),
    /** A Consumer that is also each primitive consumer, logging which accept ran (sometimes null). */
    DUAL_CONSUMER(Consumer.class),
    /** A fresh long[] of up to 40 values, small and large. */
    LONG_VALUES(long[].class),
    /** A fresh PrimitiveIterator.OfInt fixture (only hasNext and nextInt) over random ints. */
    INT_ITERATOR(java.util.PrimitiveIterator.OfInt.class),
    /** A fresh PrimitiveIterator.OfLong fixture over random longs. */
    LONG_ITERATOR(java.util.PrimitiveIterator.OfLong.class),
    /** A fresh PrimitiveIterator.OfDouble fixture over random doubles (NaN, -0.0 among them). */
    DOUBLE_ITERATOR(java.util.PrimitiveIterator.OfDouble.class),
    /** An element, key or value type for the checked views: Integer, Object, String, Number, Comparable. */
    ELEMENT_TYPE(Class.class),
    /** The receiver itself, passed to a static method. */
    SELF(Object.class);

    final Class<?> jdkType;

    Arg(Class<?> jdkType) {
        this.jdkType = jdkType;
    }
}
