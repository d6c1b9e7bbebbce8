package dev.minicloud.emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Gives every test a fresh emulated cloud environment: a test method, a {@code @BeforeEach} or {@code @AfterEach}
 * method, or the constructor asks for one by declaring a {@code CloudEnvironment}, {@code Database}, {@code Storage},
 * {@code Functions} or {@code VirtualClock} parameter, or the class declares a {@link CloudEnv @CloudEnv} field.
 * Declared {@code static} (a static field, a {@code @BeforeAll} or {@code @AfterAll} parameter) it is one environment
 * for the whole class instead, put back before each test to the state it had when {@code @BeforeAll} finished. See
 * {@link CloudEmulatorExtension} for the whole rule.
 *
 * <pre>{@code
 * @CloudEmulatorTest(functions = "../cloudfunctions", databaseFixtures = "classpath:fixtures/db", openId = "o_alice")
 * class TodoTest {
 *     @Test
 *     void adds_a_todo(Functions functions, Database db) {
 *         assertThat(functions.call("addTodo", Map.of("title", "write tests"))).succeeded();
 *         assertThat(db.collection("todos")).containsDocumentMatching(Map.of("title", "write tests"));
 *     }
 * }
 * }</pre>
 *
 * <p>Locations: {@code classpath:} followed by a folder on the test classpath (for example
 * {@code classpath:fixtures/db}, usually under {@code src/test/resources}), or a host path, relative to the working
 * directory (the module's folder under Maven and Gradle).
 *
 * <p>Parallel execution: environments are never shared between tests, so tests with per-test environments run in
 * parallel safely. A class with a per-class environment runs its own tests one at a time (the annotation takes a
 * resource lock on such classes), while other classes go on in parallel.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CloudEmulatorExtension.class)
@ResourceLock(providers = ClassEnvironmentLock.class)
public @interface CloudEmulatorTest {

    /** The env id ({@code getWXContext().ENV}, fileIDs); empty for {@code minicloud-local}. */
    String envId() default "";

    /** Folders of cloud functions, one sub-folder per function; the first folder holding a name wins. */
    String[] functions() default {};

    /**
     * The mini-program project folder, on disk: its {@code security-rules.json}, when it has one, sets the clients'
     * permissions as the command line's {@code --project} does; {@link CollectionPermission @CollectionPermission}
     * and {@link SecurityRules @SecurityRules} override it per collection. Functions and fixtures are still named by
     * their own attributes.
     */
    String project() default "";

    /** Collections that exist from the start, empty. */
    String[] collections() default {};

    /**
     * Folders of database fixtures: {@code <collection>.json} (an array of documents) or {@code <collection>.jsonl}
     * (one per line), dates as {@code {"$date": ...}}. Parsed once per test class; each test gets its own copy.
     */
    String[] databaseFixtures() default {};

    /** Folders of files every environment's storage holds from the start, by path relative to the folder. */
    String[] storageFixtures() default {};

    /**
     * The OPENID of the mini-program user {@code functions.call(name, event)} calls as; empty for server-side calls.
     * {@link CallerIdentity @CallerIdentity} overrides it for a class, a method or a parameter.
     */
    String openId() default "";

    /** The mini-program's app id (APPID); empty for the emulator's default. */
    String appId() default "";

    /**
     * Where every environment's clock stands when it starts, as an ISO-8601 instant
     * ({@code 2024-03-17T02:20:30Z}); empty for the moment the test class starts. The clock stays there until the
     * test moves it, so {@code serverDate()}, ids and timers are repeatable.
     */
    String startTime() default "";
}
