package dev.minicloud.emulator.internal.functions.triggers;

/**
 * One timer trigger of one function, as its {@code config.json} declares it.
 *
 * @param function the function it calls
 * @param name the trigger's name, the event's {@code TriggerName}
 * @param cron when it fires
 */
public record TriggerSpec(String function, String name, CronExpression cron) {}
