package dev.minicloud.emulator.internal.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Builds the user-facing façades ({@code Database}, {@code Storage}, {@code Functions}, {@code CloudClient},
 * {@code MiniProgram}) through their package-private constructors. A façade's collaborators are internal types that
 * users must neither pass nor see in a public signature, so its constructors cannot be public; the environment, in
 * another package, builds it here instead. Constructors are told apart by their number of parameters.
 */
public final class Facades {
    private Facades() {}

    /** A new {@code type} from its constructor taking {@code args.length} arguments. */
    public static <T> T create(Class<T> type, Object... args) {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() != args.length) {
                continue;
            }
            try {
                c.setAccessible(true);
                return type.cast(c.newInstance(args));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e);
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no constructor of " + args.length + " parameters");
    }
}
