package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A map whose default mutators (putIfAbsent, the two-argument remove, replace, replaceAll and the
 * compute family) all refuse with UnsupportedOperationException, before looking at their
 * arguments: the empty and singleton maps, the unmodifiable view and Map.of's maps. A class
 * whose JDK counterpart behaves otherwise for one of them overrides it.
 */
interface ReadOnlyMap<K, V> extends Map<K, V> {
    @Override
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V putIfAbsent(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    default boolean remove(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    default boolean replace(K key, V oldValue, V newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V replace(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }
}
