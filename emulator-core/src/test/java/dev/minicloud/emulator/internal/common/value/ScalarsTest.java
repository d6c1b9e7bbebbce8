package dev.minicloud.emulator.internal.common.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shortcut every document walk takes first: it may only skip values with nothing inside. */
class ScalarsTest {

    @Test
    void json_scalars_are_scalars() {
        for (Object v : new Object[] {null, "", "text", 1, 2L, 1.5, new BigDecimal("1e400"), true, false}) {
            assertThat(Scalars.isScalar(v)).as(String.valueOf(v)).isTrue();
        }
    }

    @Test
    void containers_and_typed_values_are_not_skipped() {
        for (Object v : new Object[] {Map.of(), List.of(), FrozenMap.copyOf(Map.of("a", 1)), new Object[0],
                Instant.EPOCH}) {
            assertThat(Scalars.isScalar(v)).as(String.valueOf(v)).isFalse();
        }
    }
}
