package dev.minicloud.emulator.internal.admin;

import java.io.InputStream;
import java.util.Map;

/** What the shared server routes to one environment's endpoint by the token in the path. */
interface AdminRoute {
    /** The random path segment that names this endpoint. */
    String token();

    /** The answer to one admin request body ({@code {action, ...params}}): {@code {requestId, data}} or an error. */
    Map<String, Object> answer(Map<String, Object> body);

    /**
     * The {@code PUT} of an upload that {@code storage.getUploadMetadata} announced as {@code slot}.
     *
     * @return null when stored, else the refusal
     */
    UploadRefusal upload(String slot, String authorization, InputStream content);

    /** Why an upload was refused, as object storage's XML error names it. */
    record UploadRefusal(int status, String code, String message) {}
}
