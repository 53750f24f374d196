package dev.heartwood.infra.axon;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTest {

    private final List<String> heard = new ArrayList<>();

    private BoundedCache listenedTo(int entries) {
        BoundedCache cache = new BoundedCache(entries);
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });
        return cache;
    }

    @Test
    void keepsNoMoreThanItsNumberOfEntriesAndSaysWhichItLetGo() {
        BoundedCache cache = listenedTo(10);

        IntStream.range(0, 50).forEach(key -> cache.put(key, "aggregate " + key));

        long kept = IntStream.range(0, 50).filter(cache::containsKey).count();
        assertThat(kept).isEqualTo(10);
        assertThat(heard.stream().filter(event -> event.startsWith("expired"))).hasSize(40);
        assertThat(heard.stream().filter(event -> event.startsWith("created"))).hasSize(50);
    }

    @Test
    void withRoomForNoneItKeepsNothingSoThatEveryCommandReadsTheStore() {
        BoundedCache cache = listenedTo(0);

        cache.put("appraisal", "loaded");

        assertThat(cache.containsKey("appraisal")).isFalse();
        assertThat(cache.<String, String>get("appraisal")).isNull();
    }

    @Test
    void anEntryIsReadUpdatedAndRemovedAsAxonsRepositoryAsks() {
        BoundedCache cache = listenedTo(10);

        assertThat(cache.putIfAbsent("appraisal", "first")).isTrue();
        assertThat(cache.putIfAbsent("appraisal", "second")).isFalse();
        assertThat(cache.<String, String>get("appraisal")).isEqualTo("first");
        cache.put("appraisal", "third");
        cache.<String>computeIfPresent("appraisal", value -> value + " and fourth");
        assertThat(cache.<String, String>get("appraisal")).isEqualTo("third and fourth");
        assertThat(cache.<String>computeIfAbsent("appraisal", () -> "never")).isEqualTo("third and fourth");
        assertThat(cache.remove("appraisal")).isTrue();
        assertThat(cache.remove("appraisal")).isFalse();
        assertThat(cache.<String, String>get("appraisal")).isNull();

        assertThat(heard).containsExactly("created appraisal", "updated appraisal", "updated appraisal",
                "removed appraisal");
    }
}
