package dev.minicloud.emulator.database.value;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression condition, the Java form of {@code db.RegExp({regexp, options})} and of a native
 * JavaScript regex literal in a {@code where} value.
 *
 * <pre>{@code
 * db.collection("articles").where(Map.of("title", RegExp.of("^类别", "i"))).get();
 * }</pre>
 *
 * <p>It matches string values anywhere in the string ({@code find}, not {@code matches}); on an array field it
 * matches when any element matches. Options: {@code i} (case-insensitive), {@code m} ({@code ^}/{@code $} per
 * line), {@code s} ({@code .} matches newlines), {@code x} (extended), {@code u} (accepted; Java patterns are
 * already Unicode-aware).
 */
public final class RegExp {
    private final String regexp;
    private final String options;
    private final Pattern pattern;

    private RegExp(String regexp, String options) {
        this.regexp = regexp;
        this.options = options;
        this.pattern = Pattern.compile(regexp, flags(options));
    }

    /**
     * A regular expression with the given options.
     *
     * @throws IllegalArgumentException if {@code regexp} is empty, does not compile, or an option is unknown
     */
    public static RegExp of(String regexp, String options) {
        if (regexp == null || regexp.isEmpty()) {
            throw new IllegalArgumentException("regexp must be a string");
        }
        try {
            return new RegExp(regexp, options == null ? "" : options);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression /" + regexp + "/: " + e.getDescription(), e);
        }
    }

    /** A regular expression without options. */
    public static RegExp of(String regexp) {
        return of(regexp, "");
    }

    /** The same condition as a Java pattern; its flags CASE_INSENSITIVE, MULTILINE, DOTALL and COMMENTS carry over. */
    public static RegExp of(Pattern pattern) {
        int f = pattern.flags();
        StringBuilder o = new StringBuilder();
        if ((f & Pattern.CASE_INSENSITIVE) != 0) {
            o.append('i');
        }
        if ((f & Pattern.MULTILINE) != 0) {
            o.append('m');
        }
        if ((f & Pattern.DOTALL) != 0) {
            o.append('s');
        }
        if ((f & Pattern.COMMENTS) != 0) {
            o.append('x');
        }
        return of(pattern.pattern(), o.toString());
    }

    /** The pattern source, as {@code regexp} in {@code db.RegExp}. */
    public String regexp() {
        return regexp;
    }

    /** The option letters, as {@code options} in {@code db.RegExp}. */
    public String options() {
        return options;
    }

    /** Whether the pattern occurs in {@code value}. */
    public boolean matches(CharSequence value) {
        return pattern.matcher(value).find();
    }

    private static int flags(String options) {
        int flags = 0;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            switch (c) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'x' -> flags |= Pattern.COMMENTS;
                case 'u' -> { }
                default -> throw new IllegalArgumentException("invalid flag in regex options: " + c);
            }
        }
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegExp r && r.regexp.equals(regexp) && r.options.equals(options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regexp, options);
    }

    @Override
    public String toString() {
        return "/" + regexp + "/" + options;
    }
}
