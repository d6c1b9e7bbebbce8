package dev.minicloud.emulator.internal.database.update;

/** One operator applied to one path: {@code {$inc: {"stats.views": 1}}} is {@code INC} on {@code stats.views}. */
record UpdateOperation(UpdateOperator operator, String path, String[] segments, Object argument) {}
