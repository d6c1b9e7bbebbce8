package dev.minicloud.emulator.miniprogram;

import java.util.Map;

/**
 * One recorded {@code wx.*} (or {@code ft.*}) call of a mini-program, such as {@code wx.showToast({title: 'Saved'})}.
 *
 * @param api the API's name without its object, e.g. {@code "showToast"}
 * @param options the options it was called with, as JSON values (callbacks left out)
 * @param route the route of the page on top of the stack when it was called, or null before any page opened
 */
public record WxCall(String api, Map<String, Object> options, String route) {
    public WxCall {
        options = options == null ? Map.of() : options;
    }
}
