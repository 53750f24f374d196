package dev.heartwood.infra.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An aggregate cache that keeps up to a number of aggregates, those used most often and most recently (Caffeine's
 * policy), evicting on the thread that adds one. Axon's
 * {@code WeakReferenceCache} loses its entries at every garbage collection, which under load is several times a
 * second, so most commands read their aggregate's events again. A stale entry cannot do harm: an append on top of
 * it breaks the store's unique key, and Axon drops the entry when the command's unit of work rolls back.
 */
final class BoundedCache implements Cache {

    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentMap<Object, Object> entries;

    BoundedCache(long maximumEntries) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumEntries)
                .executor(Runnable::run)
                .removalListener((key, value, cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                })
                .build()
                .asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value = (V) entries.get(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, absent -> {
            T value = valueSupplier.get();
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
            return value;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (present, value) -> {
            V updated = update.apply((V) value);
            listeners.forEach(listener -> {
                if (updated == null) {
                    listener.onEntryRemoved(key);
                } else {
                    listener.onEntryUpdated(key, updated);
                }
            });
            return updated;
        });
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
