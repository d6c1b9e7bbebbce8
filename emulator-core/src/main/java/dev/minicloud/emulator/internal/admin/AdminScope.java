package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import java.util.Map;

/**
 * Whom the admin endpoint's requests run for: a caller outside any function, or the invocation a Node function
 * instance is serving. It decides who owns the transactions a request opens (they are rolled back when the owner
 * ends), as whom a nested {@code callFunction} calls, and which function an {@code openapi} call or an outbound HTTP
 * request is recorded for.
 */
public interface AdminScope {
    /** Where the transactions opened in this scope are kept. */
    OpenTransactions transactions();

    /** Who owns the transactions opened in this scope. */
    Object owner();

    /** {@code functions.invokeFunction}: the called function's result, failed or not. */
    FunctionResult callFunction(String name, Object event);

    /**
     * {@code wx.openApi}: the recording stub's answer to {@code api} ({@code "<module>.<method>"}).
     *
     * @throws dev.minicloud.emulator.base.CloudException the failure the test configured
     */
    Map<String, Object> openApi(String api, Map<String, Object> params);

    /** One outbound HTTP request of a Node function: the environment's stubs answer it, recorded for the function. */
    OutboundHttp.Answer http(String method, String url, Map<String, String> headers, byte[] body);
}
