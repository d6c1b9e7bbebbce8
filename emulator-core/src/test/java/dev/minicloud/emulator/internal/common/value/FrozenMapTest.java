package dev.minicloud.emulator.internal.common.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The map every stored document's objects are kept in: a LinkedHashMap's answers, unmodifiable. */
class FrozenMapTest {

    private static Map<String, Object> randomMap(Random random, int size) {
        Map<String, Object> m = new LinkedHashMap<>();
        while (m.size() < size) {
            String key = "k" + random.nextInt(size * 4);
            m.put(key, random.nextInt(5) == 0 ? null : random.nextInt(100));
        }
        return m;
    }

    @Test
    void answers_every_lookup_as_the_linked_hash_map_it_was_copied_from_at_every_size() {
        Random random = new Random(20261208);
        for (int size = 0; size <= 40; size++) {
            for (int round = 0; round < 20; round++) {
                Map<String, Object> model = randomMap(random, size);
                FrozenMap frozen = FrozenMap.copyOf(model);
                assertThat(frozen).isEqualTo(model).hasSameHashCodeAs(model).hasSize(model.size());
                assertThat(new ArrayList<>(frozen.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
                assertThat(new ArrayList<>(frozen.values())).isEqualTo(new ArrayList<>(model.values()));
                assertThat(frozen.toString()).isEqualTo(model.toString());
                for (int probe = 0; probe < size * 4 + 2; probe++) {
                    // A key built at run time is equal to the stored one but never the same instance.
                    String key = new StringBuilder("k").append(probe).toString();
                    assertThat(frozen.containsKey(key)).as(key).isEqualTo(model.containsKey(key));
                    assertThat(frozen.get(key)).as(key).isEqualTo(model.get(key));
                }
            }
        }
    }

    @Test
    void keys_whose_hashes_collide_are_told_apart() {
        // "Aa" and "BB" have the same String.hashCode, as have all their concatenations.
        Map<String, Object> model = new LinkedHashMap<>();
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 16; i++) {
            String key = parts[i & 1] + parts[(i >> 1) & 1] + parts[(i >> 2) & 1] + parts[(i >> 3) & 1];
            model.put(key, i);
        }
        FrozenMap frozen = FrozenMap.copyOf(model);
        model.forEach((k, v) -> assertThat(frozen.get(new String(k))).isEqualTo(v));
        assertThat(frozen.get("AaAaAaAb")).isNull();
    }

    @Test
    void a_null_value_is_present_and_a_missing_key_or_a_non_string_key_is_not() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("a", null);
        FrozenMap frozen = FrozenMap.copyOf(model);
        assertThat(frozen.containsKey("a")).isTrue();
        assertThat(frozen.get("a")).isNull();
        assertThat(frozen.containsKey("b")).isFalse();
        assertThat(frozen.containsKey(1)).isFalse();
        assertThat(frozen.get(null)).isNull();
    }

    @Test
    void nothing_changes_it() {
        FrozenMap frozen = FrozenMap.copyOf(new HashMap<>(Map.of("a", 1, "b", 2)));
        assertThatThrownBy(() -> frozen.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue(9))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.keySet().removeIf(k -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsOnly(Map.entry("a", 1), Map.entry("b", 2));
    }

    @Test
    void for_each_visits_the_fields_in_order() {
        Map<String, Object> model = randomMap(new Random(7), 12);
        List<String> seen = new ArrayList<>();
        FrozenMap.copyOf(model).forEach((k, v) -> seen.add(k + "=" + v));
        List<String> expected = new ArrayList<>();
        model.forEach((k, v) -> expected.add(k + "=" + v));
        assertThat(seen).isEqualTo(expected);
    }
}
