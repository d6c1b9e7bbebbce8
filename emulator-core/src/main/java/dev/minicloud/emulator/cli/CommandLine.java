package dev.minicloud.emulator.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments split into words and options. Options may come before or after the words, as {@code --name value}
 * or {@code --name=value}; {@code --} ends the options.
 *
 * @param words the command and its arguments, e.g. {@code [call, todos]}
 * @param options the values of each option given, in order; a flag has one empty value
 */
record CommandLine(List<String> words, Map<Option, List<String>> options) {

    /**
     * Splits {@code args}.
     *
     * @throws UsageException for an unknown option, a missing value, or an option given twice that takes one value
     */
    static CommandLine parse(String... args) {
        List<String> words = new ArrayList<>();
        Map<Option, List<String>> options = new EnumMap<>(Option.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                words.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                words.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option option = Option.of(name).orElseThrow(() -> new UsageException("unknown option " + name
                    + Option.closest(name).map(o -> "; did you mean " + o.flag() + "?").orElse("")));
            String value;
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                value = "";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value: " + name + " " + option.valueName().orElseThrow());
            }
            List<String> values = options.computeIfAbsent(option, o -> new ArrayList<>());
            if (!values.isEmpty() && !option.repeatable()) {
                throw new UsageException(name + " is given twice");
            }
            values.add(value);
        }
        return new CommandLine(List.copyOf(words), options);
    }

    /** The command: the first word, if any. */
    Optional<String> command() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    boolean has(Option option) {
        return options.containsKey(option);
    }

    /** The value of an option taken once. */
    Optional<String> value(Option option) {
        return values(option).stream().findFirst();
    }

    /** The values of an option, in the order given. */
    List<String> values(Option option) {
        return options.getOrDefault(option, List.of());
    }
}
