package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cycle search ArchitectureTest relies on, over graphs whose cycles are known. */
class PackageCyclesTest {
    @Test
    void a_facade_package_used_back_by_internal_is_a_cycle() {
        Map<String, Set<String>> graph = Map.of(
                "database", Set.of("internal", "database/result"),
                "internal", Set.of("database/result", "database"),
                "database/result", Set.of());
        assertThat(PackageCycles.of(graph)).containsExactly(Set.of("database", "internal"));
    }

    @Test
    void a_cycle_through_a_chain_of_packages_is_found_whole() {
        Map<String, Set<String>> graph = Map.of(
                "http", Set.of("json"),
                "json", Set.of("internal"),
                "internal", Set.of("http", "base"),
                "base", Set.of(),
                "cli", Set.of("http", "internal"));
        assertThat(PackageCycles.of(graph)).containsExactly(Set.of("http", "json", "internal"));
    }

    @Test
    void layers_that_only_point_down_have_no_cycle() {
        Map<String, Set<String>> graph = Map.of(
                "database", Set.of("internal", "database/value", "base"),
                "internal", Set.of("database/value", "base"),
                "database/value", Set.of("base"),
                "base", Set.of());
        assertThat(PackageCycles.of(graph)).isEmpty();
    }
}
