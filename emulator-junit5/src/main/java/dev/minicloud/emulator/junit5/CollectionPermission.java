package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.base.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The basic permission mode of a collection for mini-program clients ({@code CloudClient}) in every environment of
 * the annotated class, or of one test. Collections without a mode or rules keep the default, {@code PRIVATE}.
 * Repeatable, one per collection; a method's annotation replaces the class's for that collection, and an inner
 * ({@code @Nested}) class's replaces its enclosing class's. On a method it needs the test's own environment: a class
 * with a per-class environment fails, since that environment's permissions are fixed when it starts.
 *
 * <pre>{@code
 * @CloudEmulatorTest(openId = "o_alice")
 * @CollectionPermission(collection = "todos", value = Permission.PRIVATE)
 * @CollectionPermission(collection = "news", value = Permission.ADMINWRITE)
 * class TodoPermissionsTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(CollectionPermission.List.class)
public @interface CollectionPermission {

    /** The collection's name. */
    String collection();

    /** Its mode. */
    Permission value();

    /** Holds repeated {@link CollectionPermission} annotations; write them one by one instead. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {
        CollectionPermission[] value();
    }
}
