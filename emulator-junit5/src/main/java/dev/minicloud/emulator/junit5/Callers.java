package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.functions.call.WxContext;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Where the extension finds the caller a test declares with {@link CallerIdentity}. */
final class Callers {
    private Callers() {}

    /**
     * The nearest {@link CallerIdentity} on the parameter (if any), its method, the test method, the class or an
     * enclosing class; null if none declares one.
     */
    static WxContext declared(ExtensionContext context, ParameterContext parameter) {
        List<AnnotatedElement> nearestFirst = new ArrayList<>();
        if (parameter != null) {
            nearestFirst.add(parameter.getParameter());
            nearestFirst.add(parameter.getDeclaringExecutable());
        }
        context.getTestMethod().ifPresent(nearestFirst::add);
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            nearestFirst.add(c);
        }
        for (AnnotatedElement e : nearestFirst) {
            Optional<CallerIdentity> a = AnnotationSupport.findAnnotation(e, CallerIdentity.class);
            if (a.isPresent()) {
                return toWxContext(a.get());
            }
        }
        return null;
    }

    private static WxContext toWxContext(CallerIdentity a) {
        WxContext.Builder b = WxContext.builder().openId(a.openId().isEmpty() ? null : a.openId());
        if (!a.appId().isEmpty()) {
            b.appId(a.appId());
        }
        if (!a.unionId().isEmpty()) {
            b.unionId(a.unionId());
        }
        return b.build();
    }
}
