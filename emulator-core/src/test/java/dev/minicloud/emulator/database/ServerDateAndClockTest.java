package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.AddResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** server dates resolve on the environment's virtual clock; dates stay dates. */
class ServerDateAndClockTest extends DatabaseTest {

    @Test
    void server_date_in_add_resolves_to_the_clock() {
        Object id = db.collection("todos").add(Map.of("createdAt", db.serverDate())).id();
        assertThat(db.collection("todos").doc(id).get().data().get("createdAt")).isEqualTo(NOW);
    }

    @Test
    void server_date_offsets_may_be_negative_or_a_year_long() {
        long year = Duration.ofDays(365).toMillis();
        Object id = db.collection("todos").add(Map.of("past", db.serverDate(-5000), "later", db.serverDate(year)))
                .id();
        Map<String, Object> doc = db.collection("todos").doc(id).get().data();
        assertThat(doc.get("past")).isEqualTo(NOW.minusMillis(5000));
        assertThat(doc.get("later")).isEqualTo(NOW.plusMillis(year));
    }

    @Test
    void two_server_dates_in_one_request_share_one_instant() {
        env.clock().set(Instant.parse("2024-03-17T02:20:30.123Z"));
        Object id = db.collection("todos").add(Map.of("a", db.serverDate(), "b", db.serverDate(7))).id();
        Map<String, Object> doc = db.collection("todos").doc(id).get().data();
        assertThat(((Instant) doc.get("b")).toEpochMilli() - ((Instant) doc.get("a")).toEpochMilli()).isEqualTo(7);
    }

    @Test
    void advancing_the_clock_moves_server_date_and_id_timestamps() {
        env.clock().advance(Duration.ofHours(1));
        AddResult r = db.collection("todos").add(Map.of("at", db.serverDate()));
        assertThat(db.collection("todos").doc(r.id()).get().data().get("at")).isEqualTo(NOW.plusSeconds(3600));
        assertThat(Long.parseLong(((String) r.id()).substring(8, 16), 16)).isEqualTo(NOW.getEpochSecond() + 3600);
    }

    @Test
    void server_date_in_a_query_condition() {
        db.collection("todos").add(List.of(Map.of("_id", "old", "due", NOW.minusSeconds(60)),
                Map.of("_id", "new", "due", NOW.plusSeconds(60))));
        assertThat(ids(db.collection("todos").where(Map.of("due", Command.lt(db.serverDate()))).get()))
                .containsExactly("old");
    }

    @Test
    void dates_compare_chronologically_and_never_match_numbers() {
        db.collection("todos").add(List.of(Map.of("_id", "date", "t", Instant.ofEpochMilli(1000)),
                Map.of("_id", "number", "t", 500)));
        assertThat(ids(db.collection("todos").where(Map.of("t", Command.lt(Instant.ofEpochMilli(2000)))).get()))
                .containsExactly("date");
        assertThat(ids(db.collection("todos").where(Map.of("t", Command.gt(0))).get())).containsExactly("number");
        assertThat(ids(db.collection("todos").where(Map.of("t", Command.gte(Instant.ofEpochMilli(1000))
                .and(Command.lte(Instant.ofEpochMilli(1000))))).get())).containsExactly("date");
    }

    @Test
    void dates_are_stored_at_millisecond_precision() {
        Object id = db.collection("todos").add(Map.of("t", Instant.parse("2024-01-01T00:00:00.123456789Z"))).id();
        assertThat(db.collection("todos").doc(id).get().data().get("t"))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
    }

    @Test
    void an_iso_string_written_by_the_app_stays_a_string() {
        Object id = db.collection("todos").add(Map.of("t", "2024-01-01T00:00:00.000Z")).id();
        assertThat(db.collection("todos").doc(id).get().data().get("t")).isEqualTo("2024-01-01T00:00:00.000Z");
    }

    @Test
    void null_values_are_kept_and_nested_empty_objects_and_arrays_are_stored() {
        Object id = db.collection("todos").add(json("{'a': null, 'b': {}, 'c': [], 'd': {'e': {}}}")).id();
        assertThat(db.collection("todos").doc(id).get().data())
                .isEqualTo(json("{'_id': '" + id + "', 'a': null, 'b': {}, 'c': [], 'd': {'e': {}}}"));
    }
}
