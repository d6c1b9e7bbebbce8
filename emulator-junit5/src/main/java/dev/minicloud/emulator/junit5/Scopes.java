package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.Storage;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** The extension's rules about what can be injected where, and which declarations make an environment per class. */
final class Scopes {
    /** What fields and parameters can ask for; {@code WxContext} only as a parameter. */
    static final Set<Class<?>> FIELD_TYPES = Set.of(CloudEnvironment.class, Database.class, Storage.class,
            Functions.class, VirtualClock.class, CloudClient.class, MiniProgram.class);
    static final String TYPE_NAMES = "CloudEnvironment, Database, Storage, Functions, VirtualClock, CloudClient or"
            + " MiniProgram";

    private Scopes() {}

    static boolean isParameterType(Class<?> type) {
        return FIELD_TYPES.contains(type) || type == WxContext.class;
    }

    /** The {@link CloudEnv} fields of a class and its superclasses, static or not, checked. */
    static List<Field> cloudEnvFields(Class<?> testClass, boolean statics) {
        List<Field> fields = annotatedFields(testClass, statics);
        fields.forEach(Scopes::check);
        return fields;
    }

    private static List<Field> annotatedFields(Class<?> testClass, boolean statics) {
        return AnnotationSupport.findAnnotatedFields(testClass, CloudEnv.class,
                field -> Modifier.isStatic(field.getModifiers()) == statics, HierarchyTraversalMode.TOP_DOWN);
    }

    private static void check(Field f) {
        String name = "@CloudEnv field '" + f.getName() + "' in " + f.getDeclaringClass().getName();
        if (Modifier.isFinal(f.getModifiers())) {
            throw new ExtensionConfigurationException(name + " must not be final: the extension assigns it");
        }
        if (!FIELD_TYPES.contains(f.getType())) {
            throw new ExtensionConfigurationException(name + " has type " + f.getType().getName()
                    + "; declare it as one of " + TYPE_NAMES);
        }
    }

    /** Whether the class asks for an environment per class: a static field, a @BeforeAll/@AfterAll parameter... */
    static boolean hasPerClassEnvironment(Class<?> testClass) {
        if (!annotatedFields(testClass, true).isEmpty()) {
            return true;
        }
        for (Class<? extends java.lang.annotation.Annotation> lifecycle : List.of(BeforeAll.class, AfterAll.class)) {
            for (Method m : AnnotationSupport.findAnnotatedMethods(testClass, lifecycle,
                    HierarchyTraversalMode.TOP_DOWN)) {
                if (asksForEnvironment(m.getParameters())) {
                    return true;
                }
            }
        }
        boolean perClassInstance = AnnotationSupport.findAnnotation(testClass, TestInstance.class)
                .map(t -> t.value() == TestInstance.Lifecycle.PER_CLASS).orElse(false);
        if (perClassInstance) {
            for (Constructor<?> c : testClass.getDeclaredConstructors()) {
                if (asksForEnvironment(c.getParameters())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asksForEnvironment(Parameter[] parameters) {
        for (Parameter p : parameters) {
            if (isParameterType(p.getType())) {
                return true;
            }
        }
        return false;
    }
}
