package dev.minicloud.emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Custom security rules of a collection for mini-program clients ({@code CloudClient}), as the console's rule JSON,
 * in every environment of the annotated class or of one test. Repeatable, one per collection; the annotation nearest
 * the test wins (method, then inner class, then enclosing class), whether it is a {@code @SecurityRules} or a
 * {@link CollectionPermission}; one element giving a collection both fails. Bad rule text fails the class (or the
 * test) with {@code ExtensionConfigurationException} naming the annotation, the collection, the key and the
 * position. On a method it needs the test's own environment, as {@link CollectionPermission} does.
 *
 * <pre>{@code
 * @CloudEmulatorTest(openId = "o_alice")
 * @SecurityRules(collection = "posts", rules = """
 *         {"read": true, "write": "doc._openid == auth.openid"}""")
 * class PostRulesTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(SecurityRules.List.class)
public @interface SecurityRules {

    /** The collection's name. */
    String collection();

    /** The rule JSON: {@code read}, {@code write} and optionally {@code create}, {@code update}, {@code delete}. */
    String rules();

    /** Holds repeated {@link SecurityRules} annotations; write them one by one instead. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {
        SecurityRules[] value();
    }
}
