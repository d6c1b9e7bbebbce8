package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.WxContext;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a test class asked for, from {@link CloudEmulatorTest} or {@link CloudEmulatorExtension.Builder}, before any
 * file is read. {@link #template} turns it into the configuration every environment of the class starts from.
 *
 * @param origin how the settings were given, to name in messages
 * @param project the mini-program project folder whose permission file applies; empty for none
 */
record Settings(String origin, EmulatorConfiguration base, String envId, List<String> functions,
        List<String> collections, List<String> databaseFixtures, List<String> storageFixtures, WxContext caller,
        String appId, String startTime, String project) {

    static Settings of(CloudEmulatorTest a, Class<?> annotated) {
        return new Settings("@CloudEmulatorTest on " + annotated.getName(), EmulatorConfiguration.defaults(),
                a.envId(), List.of(a.functions()), List.of(a.collections()), List.of(a.databaseFixtures()),
                List.of(a.storageFixtures()), a.openId().isEmpty() ? null : WxContext.ofOpenId(a.openId()),
                a.appId(), a.startTime(), a.project());
    }

    static Settings defaults(Class<?> testClass) {
        return new Settings("CloudEmulatorExtension on " + testClass.getName(), EmulatorConfiguration.defaults(), "",
                List.of(), List.of(), List.of(), List.of(), null, "", "", "");
    }

    /**
     * The configuration of every environment of {@code testClass}: fixtures parsed, folders checked, and the clock
     * frozen at {@link #startTime} or now unless the base configuration already chose a clock.
     *
     * @throws IllegalArgumentException naming the attribute and the problem
     */
    EmulatorConfiguration template(Class<?> testClass) {
        EmulatorConfiguration.Builder b = base.toBuilder();
        attribute("envId", envId, () -> {
            if (!envId.isEmpty()) {
                b.setEnvId(envId);
            }
        });
        for (String name : collections) {
            attribute("collections", name, () -> b.addCollection(name));
        }
        for (String location : functions) {
            attribute("functions", location, () -> b.addFunctionRoot(Locations.functionRoot(location, testClass)));
        }
        for (String location : databaseFixtures) {
            attribute("databaseFixtures", location,
                    () -> b.addDatabaseSeed(Locations.databaseFixtures(location, testClass)));
        }
        for (String location : storageFixtures) {
            attribute("storageFixtures", location,
                    () -> b.addStorageSeed(Locations.storageFixtures(location, testClass)));
        }
        attribute("project", project, () -> {
            if (!project.isEmpty()) {
                Locations.securityRules(project, testClass).ifPresent(b::loadSecurityRules);
            }
        });
        if (!appId.isEmpty()) {
            b.setAppId(appId);
        }
        if (caller != null) {
            b.setDefaultCaller(caller);
        }
        attribute("startTime", startTime, () -> {
            if (!startTime.isEmpty()) {
                b.setStartTime(Instant.parse(startTime));
            } else if (base.startTime().isEmpty() && base.sharedClock().isEmpty()) {
                b.setStartTime(Instant.now().truncatedTo(ChronoUnit.MILLIS));
            }
        });
        return b.build();
    }

    private void attribute(String name, String value, Runnable apply) {
        try {
            apply.run();
        } catch (IllegalArgumentException | DateTimeParseException | UncheckedIOException e) {
            throw new IllegalArgumentException(origin + ": " + name + " = \"" + value + "\": " + e.getMessage(), e);
        }
    }
}
