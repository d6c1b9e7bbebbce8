package dev.minicloud.emulator.client;

import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.WxContext;
import java.util.Map;
import java.util.Objects;

/**
 * The environment as one mini-program user sees it through {@code wx.cloud} / {@code ft.cloud}: the same
 * {@link Database} API as the server side, but every request runs under the collection's permission mode or
 * security rules, {@code _openid} is stamped on what the user creates, {@code '{openid}'} in query values becomes the
 * user's openid and a page holds at most 20 documents.
 *
 * <pre>{@code
 * CloudClient alice = env.client(WxContext.ofOpenId("o_alice"));
 * alice.database().collection("todos").add(Map.of("title", "mine"));       // stored with _openid: "o_alice"
 * alice.database().collection("todos").get();                              // PRIVATE: only alice's todos
 * alice.callFunction("login", Map.of());                                   // errMsg "cloud.callFunction:ok"
 * }</pre>
 *
 * <p>A {@link WxContext} without an openid is a user who is not logged in: custom rules see {@code auth == null}
 * and the basic modes give them no documents of their own. Immutable and thread-safe.
 */
public final class CloudClient {
    private final WxContext user;
    private final Database database;
    private final Functions functions;

    /** Used by the environment; tests get a client from {@code CloudEnvironment.client(WxContext)}. */
    public CloudClient(WxContext user, Database database, Functions functions) {
        this.user = Objects.requireNonNull(user, "user");
        this.database = database;
        this.functions = functions;
    }

    /** The user this client acts for. */
    public WxContext user() {
        return user;
    }

    /** {@code wx.cloud.database()}: the database under this user's permissions. */
    public Database database() {
        return database;
    }

    /**
     * {@code wx.cloud.callFunction({name, data})}: the function sees this user in {@code getWXContext()} and
     * {@code event.userInfo}; the result's errMsg is {@code cloud.callFunction:ok}.
     */
    public FunctionResult callFunction(String name, Map<String, ?> data) {
        return functions.call(name, data, user);
    }
}
