package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.query.SdkErrors;

/**
 * The whole-call failures of storage calls. wx-server-sdk 4.x reports every storage failure as errCode -1 and
 * {@code "<api>:fail <message>"}; only an oversize upload keeps its own code.
 */
final class StorageErrors {
    private StorageErrors() {}

    /** {@code "<api>:fail <message>"} with errCode -1. */
    static CloudException fail(String api, String message) {
        return new CloudException(ErrorCode.UNKNOWN.code(), api + ":fail " + message);
    }

    /** {@code "<api>:fail <message>"} with errCode -1, caused by {@code cause}. */
    static CloudException fail(String api, String message, Throwable cause) {
        String errMsg = api + ":fail " + message;
        return new CloudException(ErrorCode.UNKNOWN.code(), errMsg, errMsg, cause);
    }

    /** A cloudPath the service refuses. */
    static CloudException invalidCloudPath(String cloudPath, String problem) {
        return fail("uploadFile", "cloudPath (" + cloudPath + ") " + problem);
    }

    /** More files in one call than the service accepts. */
    static CloudException tooManyFiles(String api, int count) {
        return fail(api, "fileList must not hold more than " + StorageService.MAX_FILES_PER_CALL + " files, got "
                + count);
    }

    /** An upload larger than the environment's limit. */
    static CloudException uploadTooLarge(long limit) {
        ErrorCode code = ErrorCode.UPLOAD_TOO_LARGE;
        return new CloudException(code.code(), "uploadFile:fail " + code.code() + " " + code.text()
                + ". The file is larger than " + limit + " bytes (EmulatorConfiguration.Builder.setMaxUploadBytes)");
    }

    /** A per-file failure of {@code downloadFile}, which has only one file and so fails as a whole. */
    static CloudException downloadRefused(ErrorCode reason) {
        return fail("downloadFile", reason.text());
    }

    /** The name JavaScript's {@code typeof} gives a value; Java's null stands for {@code undefined}. */
    static String typeOf(Object value) {
        if (value == null) {
            return "undefined";
        }
        String type = SdkErrors.jsType(value);
        return type.equals("array") ? "object" : type;
    }
}
