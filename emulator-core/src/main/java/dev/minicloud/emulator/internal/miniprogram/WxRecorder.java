package dev.minicloud.emulator.internal.miniprogram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code wx.*} side of one mini-program that is recorded rather than rendered: the calls and their options, the
 * answers a test chose ({@code showModal}), login codes, and the real per-mini-program storage behind
 * {@code wx.setStorageSync} / {@code getStorageSync}, kept as JSON text as the platform serialises it.
 */
final class WxRecorder {
    /** The platform's storage limit: 10 MB per mini-program. */
    private static final int LIMIT_KB = 10 * 1024;

    private final List<RecordedWxCall> calls = new ArrayList<>();
    private final Map<String, String> storage = new LinkedHashMap<>();
    private boolean modalConfirms = true;
    private int logins;

    /** Records a call; answers what the API resolves with beyond its errMsg, or null. */
    Map<String, Object> record(RecordedWxCall call) {
        calls.add(call);
        return switch (call.api()) {
            case "showModal" -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("confirm", modalConfirms);
                answer.put("cancel", !modalConfirms);
                yield answer;
            }
            case "login" -> Map.of("code", "minicloud-code-" + ++logins);
            default -> null;
        };
    }

    List<RecordedWxCall> calls() {
        return List.copyOf(calls);
    }

    /** Whether later {@code wx.showModal} calls are answered with the confirm button (else cancel). */
    void answerModals(boolean confirm) {
        modalConfirms = confirm;
    }

    /** {@code wx.*StorageSync}: {@code set}, {@code get}, {@code remove}, {@code clear}, {@code info}. */
    Map<String, Object> storage(Map<String, Object> p) {
        String key = (String) p.get("key");
        Map<String, Object> out = new LinkedHashMap<>();
        switch (String.valueOf(p.get("op"))) {
            case "set" -> storage.put(key, (String) p.get("value"));
            case "get" -> {
                out.put("found", storage.containsKey(key));
                out.put("value", storage.get(key));
            }
            case "remove" -> storage.remove(key);
            case "clear" -> storage.clear();
            default -> {
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("keys", new ArrayList<>(storage.keySet()));
                info.put("currentSize", sizeKb());
                info.put("limitSize", LIMIT_KB);
                out.put("result", info);
            }
        }
        return out;
    }

    private int sizeKb() {
        long bytes = 0;
        for (Map.Entry<String, String> e : storage.entrySet()) {
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        return (int) ((bytes + 1023) / 1024);
    }

    /** The stored text of {@code key}, or null. */
    String stored(String key) {
        return storage.get(key);
    }
}
