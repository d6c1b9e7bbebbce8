package dev.minicloud.emulator.internal.database.watch;

import java.util.Map;

/**
 * One committed change to one document, as a watch sees it: the document before and after (null when absent) and
 * the kind of write that made it, which becomes the event's {@code dataType}.
 */
public record DocumentChange(Object id, Map<String, Object> before, Map<String, Object> after, Kind kind) {
    /** The write that made the change. */
    public enum Kind {
        /** {@code add}, or a {@code set} that created the document. */
        ADD("add"),
        /** {@code update} (any update command). */
        UPDATE("update"),
        /** {@code set} of an existing document. */
        REPLACE("replace"),
        /** {@code remove}. */
        REMOVE("remove");

        private final String dataType;

        Kind(String dataType) {
            this.dataType = dataType;
        }

        /** The event's {@code dataType} for this kind of write. */
        public String dataType() {
            return dataType;
        }
    }
}
