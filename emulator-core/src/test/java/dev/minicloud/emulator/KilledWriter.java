package dev.minicloud.emulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM by {@link DurableWritesTest}: writes documents and files to a data directory, reports that every
 * write was acknowledged, and dies at once with {@link Runtime#halt}, without flush, close or shutdown hooks.
 *
 * <p>Arguments: the data directory, then {@code durable} (durable writes), {@code default} (the default settings)
 * or {@code flushed} (the default settings and a {@code flush()} after the writes).
 */
public final class KilledWriter {
    static final String ACKNOWLEDGED = "every write acknowledged";

    private KilledWriter() {}

    public static void main(String[] args) {
        String mode = args[1];
        CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .setDataDirectory(Path.of(args[0])).setDurableWrites(mode.equals("durable")).build());
        env.database().createCollection("todos");
        for (int i = 0; i < 20; i++) {
            env.database().collection("todos").add(Map.of("_id", "t" + i, "n", i));
        }
        env.database().collection("todos").doc("t0").update(Map.of("n", 100));
        env.database().collection("todos").doc("t1").remove();
        env.storage().uploadFile("img/a.png", "png".getBytes(StandardCharsets.UTF_8));
        env.storage().uploadFile("gone.txt", "gone".getBytes(StandardCharsets.UTF_8));
        env.storage().deleteFile(List.of(env.storage().fileIdOf("gone.txt")));
        if (mode.equals("flushed")) {
            env.flush();
        }
        System.out.println(ACKNOWLEDGED);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
