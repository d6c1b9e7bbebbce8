/**
 * {@code db.command}: the query, logic, update, projection and aggregation commands ({@link
 * dev.minicloud.emulator.database.command.Command}, the {@code _} of the SDK's documentation, and
 * {@code Command.aggregate}, its {@code $}), and the stage builder of an aggregation pipeline
 * ({@link dev.minicloud.emulator.database.command.PipelineStages}).
 *
 * <p>A leaf package: commands are values that both the Java API and the cloud functions' decoder build, and that the
 * internal encoder reads, so it uses only the JDK and the other leaf packages ({@code base}, {@code database.value},
 * {@code database.result}); the SDK errors its argument checks raise are built here.
 */
package dev.minicloud.emulator.database.command;
