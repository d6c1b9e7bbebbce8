package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.EmulatorConfiguration;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Applies {@link CollectionPermission} and {@link SecurityRules} annotations to a configuration. */
final class ClientPermissions {
    private ClientPermissions() {}

    /**
     * The configuration with the permissions of {@code testClass}, its superclasses and, for an inner class, its
     * enclosing classes, the farthest first so that the nearest wins.
     */
    static EmulatorConfiguration forClass(EmulatorConfiguration template, Class<?> testClass) {
        List<Class<?>> farthestFirst = new ArrayList<>();
        // Only an inner class (a @Nested one) belongs to its enclosing class; a static nested class stands alone.
        for (Class<?> enclosing = testClass; enclosing != null; enclosing = Modifier.isStatic(enclosing.getModifiers())
                ? null : enclosing.getEnclosingClass()) {
            for (Class<?> c = enclosing; c != null && c != Object.class; c = c.getSuperclass()) {
                farthestFirst.add(0, c);
            }
        }
        EmulatorConfiguration config = template;
        for (Class<?> c : farthestFirst) {
            config = apply(config, c, c.getName());
        }
        return config;
    }

    /** The configuration with the permissions of one test method. */
    static EmulatorConfiguration forMethod(EmulatorConfiguration template, Method method) {
        return apply(template, method, method.getDeclaringClass().getName() + "." + method.getName());
    }

    /** Whether {@code element} declares any permission. */
    static boolean declares(AnnotatedElement element) {
        return !permissions(element).isEmpty() || !rules(element).isEmpty();
    }

    /**
     * @throws ExtensionConfigurationException naming the annotation, where it is, and the problem
     */
    private static EmulatorConfiguration apply(EmulatorConfiguration config, AnnotatedElement element, String where) {
        List<CollectionPermission> permissions = permissions(element);
        List<SecurityRules> rules = rules(element);
        if (permissions.isEmpty() && rules.isEmpty()) {
            return config;
        }
        Set<String> seen = new HashSet<>();
        EmulatorConfiguration.Builder b = config.toBuilder();
        for (CollectionPermission p : permissions) {
            once(seen, p.collection(), where);
            b.setCollectionPermission(p.collection(), p.value());
        }
        for (SecurityRules r : rules) {
            once(seen, r.collection(), where);
            try {
                b.setSecurityRules(r.collection(), r.rules());
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@SecurityRules(collection = \"" + r.collection()
                        + "\") on " + where + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static void once(Set<String> seen, String collection, String where) {
        if (!seen.add(collection)) {
            throw new ExtensionConfigurationException("collection '" + collection + "' is given permissions twice on "
                    + where + " (by @CollectionPermission or @SecurityRules): keep one");
        }
    }

    /** Declared on the element itself: superclasses and enclosing classes are walked in order by the caller. */
    private static List<CollectionPermission> permissions(AnnotatedElement element) {
        return List.of(element.getDeclaredAnnotationsByType(CollectionPermission.class));
    }

    private static List<SecurityRules> rules(AnnotatedElement element) {
        return List.of(element.getDeclaredAnnotationsByType(SecurityRules.class));
    }
}
