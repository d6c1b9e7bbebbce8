package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.internal.database.query.SdkErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SDK's checks on the {@code fileList} of {@code deleteFile} and {@code getTempFileURL}, with its messages: a
 * whole list is checked before any file is touched.
 */
final class FileLists {
    private static final String TEMP_FILE_OBJECT = "fileList 的元素如果是对象，必须是包含 fileID 和 maxAge 的对象";
    private static final String TEMP_FILE_NOT_OBJECT = "fileList的元素如果不是对象，则必须是字符串";

    private FileLists() {}

    /** {@code deleteFile}'s list: at most {@value StorageService#MAX_FILES_PER_CALL} non-empty fileID strings. */
    static List<?> deleteList(Object fileList) {
        List<?> list = fileList(fileList);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw StorageErrors.fail("deleteFile", "Type of fileList[" + i + "] must be string instead of "
                        + StorageErrors.typeOf(list.get(i)));
            }
            if (((String) list.get(i)).isEmpty()) {
                throw StorageErrors.fail("deleteFile", "fileList的元素必须是非空的字符串");
            }
        }
        checkCount("deleteFile", list);
        return list;
    }

    /** {@code getTempFileURL}'s list: fileID strings or {@code {fileID, maxAge}} objects. */
    static List<Requested> tempFileList(Object fileList) {
        List<?> list = fileList(fileList);
        List<Requested> requests = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            requests.add(requested(i, list.get(i)));
        }
        checkCount("getTempFileURL", list);
        return requests;
    }

    /** A {@code getTempFileURL} item: the file and its URL's lifetime in seconds. */
    record Requested(String fileID, long maxAge) {}

    private static Requested requested(int index, Object item) {
        if (item instanceof String fileID) {
            return new Requested(fileID, StorageService.DEFAULT_MAX_AGE_SECONDS);
        }
        if (!(item instanceof Map<?, ?> map)) {
            throw StorageErrors.fail("getTempFileURL", TEMP_FILE_NOT_OBJECT);
        }
        if (!map.containsKey("fileID") || !map.containsKey("maxAge")) {
            throw StorageErrors.fail("getTempFileURL", TEMP_FILE_OBJECT);
        }
        if (!(map.get("fileID") instanceof String fileID)) {
            throw StorageErrors.fail("getTempFileURL", "Type of fileList[" + index
                    + "].fileID must be string instead of " + StorageErrors.typeOf(map.get("fileID")));
        }
        Object maxAge = map.get("maxAge");
        if (!(maxAge instanceof Number n) || !(n.doubleValue() >= 1)) {
            throw StorageErrors.fail("getTempFileURL", "maxAge of fileList[" + index
                    + "] must be a positive number of seconds, got " + maxAge);
        }
        return new Requested(fileID, n.longValue());
    }

    /** When a URL asked for at {@code now} with {@code maxAge} expires; the far future if that overflows. */
    static long expiry(long now, long maxAge) {
        try {
            return Math.addExact(now, maxAge);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<?> fileList(Object fileList) {
        if (!(fileList instanceof List<?> list)) {
            throw SdkErrors.parameterType("fileList", "array", fileList);
        }
        return list;
    }

    private static void checkCount(String api, List<?> list) {
        if (list.size() > StorageService.MAX_FILES_PER_CALL) {
            throw StorageErrors.tooManyFiles(api, list.size());
        }
    }
}
