package dev.minicloud.emulator.storage.result;

/**
 * The result of {@code cloud.uploadFile}: {@code {fileID, statusCode, errMsg: "uploadFile:ok"}}.
 *
 * @param fileID the new file's id, {@code cloud://<envId>.<bucket>/<cloudPath>}
 * @param statusCode always {@code -1}, as wx-server-sdk 4.x reports it (its upload never fills the HTTP status in)
 * @param errMsg {@code "uploadFile:ok"}
 */
public record UploadResult(String fileID, int statusCode, String errMsg) {}
