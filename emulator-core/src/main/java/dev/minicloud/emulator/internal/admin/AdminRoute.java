package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import java.io.InputStream;
import java.util.Map;

/** What the shared server routes to one endpoint URL by the token in the path. */
interface AdminRoute {
    /** The random path segment that names this endpoint. */
    String token();

    /** The answer to one admin request body ({@code {action, ...params}}): {@code {requestId, data}} or an error. */
    Reply answer(Map<String, Object> body);

    /** A Node function's outbound HTTP request, sent to {@code <token>/http}: what the environment's stubs answer. */
    OutboundHttp.Answer http(String method, String url, Map<String, String> headers, byte[] body);

    /**
     * The {@code PUT} of an upload that {@code storage.getUploadMetadata} announced as {@code slot}.
     *
     * @return null when stored, else the refusal
     */
    UploadRefusal upload(String slot, String authorization, InputStream content);

    /** Why an upload was refused, as object storage's XML error names it. */
    record UploadRefusal(int status, String code, String message) {}

    /**
     * An answer: a JSON object, or for {@code wx.openApi} a protobuf message, which the SDK reads as such only when
     * it does not come as JSON.
     */
    record Reply(Map<String, Object> json, byte[] protobuf) {
        static Reply json(Map<String, Object> json) {
            return new Reply(json, null);
        }
    }
}
