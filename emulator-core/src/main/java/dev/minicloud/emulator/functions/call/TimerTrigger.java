package dev.minicloud.emulator.functions.call;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A timer trigger declared in a function's {@code config.json}, as
 * {@link dev.minicloud.emulator.functions.Functions#triggers() Functions.triggers()} lists it.
 *
 * @param function the function it calls
 * @param name the trigger's name (the event's {@code TriggerName})
 * @param cron its seven-field cron expression, as written
 * @param zone the time zone the expression is read in
 * @param next when it fires next, after the time up to which triggers have run; null if never again
 */
public record TimerTrigger(String function, String name, String cron, ZoneId zone, Instant next) {}
