package dev.minicloud.emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who calls functions: the mini-program user whose OPENID (and APPID, UNIONID) {@code cloud.getWXContext()} reports.
 * On a class or method it sets the caller of the injected {@code Functions}, whose {@code call(name, event)} then makes
 * a client call, and the injected {@code CloudClient} is that user's; on a {@code Functions}, {@code WxContext} or
 * {@code CloudClient} parameter it sets that parameter alone, so one test can act as two users. The nearest
 * annotation wins: parameter, method, class, then {@link CloudEmulatorTest#openId()}.
 *
 * <pre>{@code
 * @Test
 * @CallerIdentity(openId = "o_alice")
 * void only_the_owner_sees_a_todo(Functions alice, @CallerIdentity(openId = "o_bob") Functions bob) { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface CallerIdentity {

    /** OPENID; empty for a mini-program user who is not logged in. */
    String openId();

    /** APPID; empty for the environment's app id. */
    String appId() default "";

    /** UNIONID; empty for none. */
    String unionId() default "";
}
