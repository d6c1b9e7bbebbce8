package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.Storage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CloudEmulatorTest}: one rule decides which environment a test sees. <b>Per test
 * by default</b>: a test method parameter, an instance {@link CloudEnv @CloudEnv} field, or a constructor parameter
 * gets a fresh environment for each test method, and {@code @BeforeEach}, the test and {@code @AfterEach} all see the
 * same one; it is closed when the test ends. <b>Per class when declared static</b>: a static {@code @CloudEnv} field, a
 * {@code @BeforeAll} or {@code @AfterAll} parameter (or a constructor parameter under
 * {@code @TestInstance(PER_CLASS)}) gets one environment for the class; before each test it is put back to the state
 * it had when {@code @BeforeAll} finished (data, files and clock; function instances, call records and
 * {@code openapi} answers start empty), and every request of those tests gets it. It is closed when the class ends.
 *
 * <p>Injectable types: {@link CloudEnvironment} and its parts {@link Database}, {@link Storage}, {@link Functions}
 * (calling as the {@link CallerIdentity caller} in effect) and {@link VirtualClock}; {@link CloudClient}, the
 * mini-program's view for the caller in effect (a user who is not logged in when there is none); plus, as a
 * parameter, {@link WxContext} (the caller in effect). Anything else fails with the list of allowed types.
 * {@link CollectionPermission} and {@link SecurityRules} set the clients' permissions; the coverage of the security
 * rules by the class's client requests is published as a report entry when the class ends and shown in a failed
 * test's report.
 *
 * <p>Declare it with {@link CloudEmulatorTest}, or register it in code when the configuration needs more than the
 * annotation offers:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CloudEmulatorExtension cloud = CloudEmulatorExtension.builder()
 *         .configuration(EmulatorConfiguration.builder().setFunctionTimeout(Duration.ofSeconds(20)).build())
 *         .functions("../cloudfunctions")
 *         .databaseFixtures("classpath:fixtures/db")
 *         .build();
 * }</pre>
 *
 * <p>Use one of the two per class, not both. Fixtures and function folders are read once per test class; a missing
 * one fails the class with {@link ExtensionConfigurationException} naming it. When a test fails, the extension prints
 * the environment's function calls with their logs, its collections (truncated) and its files.
 */
public final class CloudEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, ParameterResolver, TestInstantiationAwareExtension {
    private static final Namespace NAMESPACE = Namespace.create(CloudEmulatorExtension.class);
    private static final String CLASS_ENVIRONMENT = "class-environment";
    private static final String TEST_ENVIRONMENT = "test-environment";
    /** The key of the report entry a failed test's environment report is published under. */
    static final String REPORT_ENTRY = "minicloud";

    /** Where a class's configuration is kept: per extension instance and annotated class. */
    private record TemplateKey(CloudEmulatorExtension extension, Class<?> source) {}

    /** Where a test class's configuration with its permission annotations is kept. */
    private record ClassTemplateKey(CloudEmulatorExtension extension, Class<?> testClass) {}

    /** Where a test class's rule coverage is added up. */
    private record CoverageKey(CloudEmulatorExtension extension, Class<?> testClass) {}

    /** Settings given in code; null when declared with the annotation. */
    private final Settings programmatic;

    /** The extension as {@link CloudEmulatorTest} declares it; tests use the annotation instead. */
    public CloudEmulatorExtension() {
        this(null);
    }

    private CloudEmulatorExtension(Settings programmatic) {
        this.programmatic = programmatic;
    }

    /** A builder for {@code @RegisterExtension}: more options than the annotation without a constructor per mix. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        // Reading fixtures here, once, fails the whole class at once if one is missing or broken.
        template(context);
        List<Field> fields = Scopes.cloudEnvFields(context.getRequiredTestClass(), true);
        if (!fields.isEmpty()) {
            EnvironmentHolder holder = classHolder(context);
            WxContext caller = caller(context, null);
            for (Field f : fields) {
                Injection.assign(null, f,
                        Injection.facet(f.getType(), holder.environment, caller, () -> miniProgramRoot(context)));
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        EnvironmentHolder shared = existingClassHolder(context);
        if (shared != null) {
            Method test = context.getRequiredTestMethod();
            if (ClientPermissions.declares(test)) {
                throw new ExtensionConfigurationException("@CollectionPermission or @SecurityRules on test method "
                        + test.getName() + " of " + context.getRequiredTestClass().getName() + " needs the test's own"
                        + " environment, but the class has one environment per class, whose permissions are fixed"
                        + " when it starts: put them on the class, or make the environment per test");
            }
            shared.beforeTest();
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            List<Field> fields = Scopes.cloudEnvFields(instance.getClass(), false);
            if (!fields.isEmpty()) {
                EnvironmentHolder holder = testHolder(context);
                WxContext caller = caller(context, null);
                for (Field f : fields) {
                    Injection.assign(instance, f,
                            Injection.facet(f.getType(), holder.environment, caller, () -> miniProgramRoot(context)));
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        EnvironmentHolder holder = existingTestHolder(context);
        if (holder == null) {
            holder = existingClassHolder(context);
        }
        if (holder == null || holder.environment.isClosed()) {
            return;
        }
        RuleCoverageTally tally = tally(context);
        holder.addCoverageTo(tally);
        if (context.getExecutionException().isPresent()) {
            String report = FailureReport.of(holder.environment, context.getDisplayName(),
                    RuleCoverageTally.format(coverageTitle(context) + " so far", tally.lines()));
            // Printed for the build log, published for IDEs and tools that show report entries.
            System.out.println(report);
            context.publishReportEntry(REPORT_ENTRY, report);
        }
    }

    /** Publishes the class's rule coverage, once its last {@code @AfterAll} has run. */
    @Override
    public void afterAll(ExtensionContext context) {
        RuleCoverageTally tally = tally(context);
        EnvironmentHolder shared = existingClassHolder(context);
        if (shared != null && !shared.environment.isClosed()) {
            shared.addCoverageTo(tally);
        }
        String report = RuleCoverageTally.format(coverageTitle(context), tally.lines());
        if (!report.isEmpty()) {
            context.publishReportEntry(RuleCoverageTally.REPORT_ENTRY, report);
        }
    }

    private RuleCoverageTally tally(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(
                new CoverageKey(this, context.getRequiredTestClass()), k -> new RuleCoverageTally(),
                RuleCoverageTally.class);
    }

    private static String coverageTitle(ExtensionContext context) {
        return "security rule coverage of " + context.getRequiredTestClass().getName();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Scopes.isParameterType(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        WxContext caller = caller(context, parameter);
        if (type == WxContext.class) {
            if (caller == null) {
                throw new ParameterResolutionException("No caller identity for parameter '"
                        + parameter.getParameter().getName() + "' of " + parameter.getDeclaringExecutable()
                        + ": annotate it, the method or the class with @CallerIdentity(openId = ...), or set"
                        + " @CloudEmulatorTest(openId = ...)");
            }
            return caller;
        }
        boolean perClass = context.getTestMethod().isEmpty();
        EnvironmentHolder holder = perClass ? classHolder(context) : testHolder(context);
        return Injection.facet(type, holder.environment, caller, () -> miniProgramRoot(context));
    }

    // ---------------------------------------------------------------- environments

    private EnvironmentHolder classHolder(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(CLASS_ENVIRONMENT,
                k -> new EnvironmentHolder(CloudEmulator.newEnvironment(withCaller(template(classContext),
                        caller(classContext, null))), true),
                EnvironmentHolder.class);
    }

    private static EnvironmentHolder existingClassHolder(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(CLASS_ENVIRONMENT, EnvironmentHolder.class);
    }

    private static EnvironmentHolder existingTestHolder(ExtensionContext context) {
        return context.getTestMethod().isEmpty() ? null
                : context.getStore(NAMESPACE).get(TEST_ENVIRONMENT, EnvironmentHolder.class);
    }

    /** The class's environment if it has one, else the test's own, created on first use. */
    private EnvironmentHolder testHolder(ExtensionContext context) {
        EnvironmentHolder shared = existingClassHolder(context);
        if (shared != null) {
            return shared;
        }
        EmulatorConfiguration config = template(context);
        Optional<Method> test = context.getTestMethod();
        EmulatorConfiguration forTest = test.isPresent() ? ClientPermissions.forMethod(config, test.get()) : config;
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TEST_ENVIRONMENT,
                k -> new EnvironmentHolder(CloudEmulator.newEnvironment(withCaller(forTest, caller(context, null))),
                        false),
                EnvironmentHolder.class);
    }

    /** The template, with the caller in effect as the default caller of {@code env.functions()}. */
    private static EmulatorConfiguration withCaller(EmulatorConfiguration template, WxContext caller) {
        return Objects.equals(caller, template.defaultCaller().orElse(null))
                ? template : template.toBuilder().setDefaultCaller(caller).build();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /**
     * The configuration environments of this class start from: the annotated class's, with the permissions this
     * class declares (and its enclosing classes).
     */
    private EmulatorConfiguration template(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(new ClassTemplateKey(this, testClass),
                k -> ClientPermissions.forClass(baseTemplate(context), testClass), EmulatorConfiguration.class);
    }

    /** The configuration of the annotated class (or the registration), built (fixtures read) once per class. */
    private EmulatorConfiguration baseTemplate(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Class<?> source = programmatic != null ? testClass : annotatedClass(testClass).orElse(testClass);
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(new TemplateKey(this, source), k -> {
            try {
                return settings(testClass).template(testClass);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(e.getMessage(), e);
            }
        }, EmulatorConfiguration.class);
    }

    private Settings settings(Class<?> testClass) {
        Class<?> source = programmatic != null ? testClass : annotatedClass(testClass).orElse(testClass);
        return programmatic != null ? programmatic
                : annotation(source).map(a -> Settings.of(a, source)).orElseGet(() -> Settings.defaults(source));
    }

    /** The mini-program of the project folder: its {@code project.config.json}'s {@code miniprogramRoot}. */
    private Path miniProgramRoot(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        String project = settings(testClass).project();
        if (project.isEmpty()) {
            throw new ParameterResolutionException("A MiniProgram is loaded from the project folder: set"
                    + " @CloudEmulatorTest(project = ...) (or the builder's project(...)) on " + testClass.getName());
        }
        try {
            return Locations.miniProgramRoot(project, testClass);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    private static Optional<CloudEmulatorTest> annotation(Class<?> type) {
        return AnnotationSupport.findAnnotation(type, CloudEmulatorTest.class);
    }

    /** The nearest class carrying {@link CloudEmulatorTest}: the class, a superclass, or an enclosing class. */
    private static Optional<Class<?>> annotatedClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (annotation(c).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The caller in effect: the nearest {@link CallerIdentity} on the parameter, its method, the test method, the
     * class or an enclosing class; else the configured default caller; else null (server-side calls).
     */
    private WxContext caller(ExtensionContext context, ParameterContext parameter) {
        WxContext declared = Callers.declared(context, parameter);
        return declared != null ? declared : template(context).defaultCaller().orElse(null);
    }

    /**
     * Builds a {@link CloudEmulatorExtension} for {@code @RegisterExtension}. It exists so options can be combined
     * freely without a constructor for each mix; every option has the meaning of the {@link CloudEmulatorTest}
     * attribute of the same name.
     */
    public static final class Builder {
        private EmulatorConfiguration configuration = EmulatorConfiguration.defaults();
        private final List<String> functions = new ArrayList<>();
        private final List<String> databaseFixtures = new ArrayList<>();
        private final List<String> storageFixtures = new ArrayList<>();
        private WxContext caller;
        private String project = "";

        private Builder() {}

        /**
         * The configuration every environment starts from; the other options add to it. Its clock is kept if it sets
         * a start time or a clock, else each environment's clock is frozen at the moment the class starts.
         */
        public Builder configuration(EmulatorConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /** Adds folders of cloud functions ({@code classpath:} or a host path). */
        public Builder functions(String... locations) {
            functions.addAll(List.of(locations));
            return this;
        }

        /** Adds folders of database fixtures ({@code classpath:} or a host path). */
        public Builder databaseFixtures(String... locations) {
            databaseFixtures.addAll(List.of(locations));
            return this;
        }

        /** Adds folders of storage fixtures ({@code classpath:} or a host path). */
        public Builder storageFixtures(String... locations) {
            storageFixtures.addAll(List.of(locations));
            return this;
        }

        /** The mini-program project folder whose {@code security-rules.json}, if it has one, sets permissions. */
        public Builder project(String location) {
            this.project = Objects.requireNonNull(location, "location");
            return this;
        }

        /** The user {@code functions.call(name, event)} calls as, unless {@link CallerIdentity} says otherwise. */
        public Builder caller(WxContext caller) {
            this.caller = caller;
            return this;
        }

        public CloudEmulatorExtension build() {
            return new CloudEmulatorExtension(new Settings("CloudEmulatorExtension.builder()", configuration, "",
                    functions, List.of(), databaseFixtures, storageFixtures,
                    caller != null ? caller : configuration.defaultCaller().orElse(null), "", "", project));
        }
    }
}
