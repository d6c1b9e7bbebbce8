package dev.minicloud.emulator.cli;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the shell's JavaScript lines as a real cloud function, so that a line behaves exactly as the same code in a
 * function would: same SDK, sandbox, time limit, caller identity and errors. The function lives in a function root of
 * its own on an in-memory file system; each line becomes a module beside its entry, which requires and runs it. One
 * warm instance therefore serves the whole session, as a function called again and again would be served.
 */
final class ShellFunction implements AutoCloseable {
    /** A name no project uses, so it cannot shadow or be shadowed by a real function. */
    static final String NAME = "__minicloud_shell";
    /** What a client line's module exports: the function that runs the line. */
    static final String CLIENT_ENTRY = "run";

    private static final String ENTRY = """
            // MiniCloud's shell: each line typed is a module beside this file (see ShellFunction).
            const cloud = require('wx-server-sdk');
            cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
            exports.main = (event) => require('./' + event.line)(cloud);
            """;
    /** Declares what a line may use; kept on the line's own first line, so its errors point at line 1. */
    private static final String PRELUDE = "module.exports = async (cloud) => { const db = cloud.database(),"
            + " _ = db.command, $ = _.aggregate; ";
    /** The same names in a client view: {@code cloud} is the mini-program's {@code wx.cloud}. */
    private static final String CLIENT_PRELUDE = "exports." + CLIENT_ENTRY + " = async () => { const cloud ="
            + " wx.cloud; cloud.init(); const db = cloud.database(), _ = db.command, $ = _.aggregate; ";
    /** A line starting so is a function body; any other line is an expression. */
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:(?:const|let|var|if|for|while|do|switch|try|return|throw|function|class)\\b|\\{)");

    /** Where a parser names the module a line ran as: {@code line-4.js:1: }; no one typed a file. */
    private static final Pattern MODULE = Pattern.compile("line-\\d+\\.js(?::\\d+)?:?\\s*");

    private final FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = fileSystem.getPath("/shell");
    private final Path folder = root.resolve(NAME);
    /** The mini-program whose modules are the lines typed in a client view. */
    private final Path miniProgram = fileSystem.getPath("/shell-client");
    private int lines;

    ShellFunction() {
        try {
            Files.createDirectories(folder);
            Files.createDirectories(miniProgram);
            Files.writeString(folder.resolve("index.js"), ENTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The function root to add to the environment's configuration. */
    Path root() {
        return root;
    }

    /** The mini-program folder of the client view, to load with {@code env.miniProgram}. */
    Path miniProgramRoot() {
        return miniProgram;
    }

    /** Writes {@code line} as the next module and returns the event that runs it. */
    Map<String, Object> event(String line) {
        return Map.of("line", write(folder, PRELUDE, line));
    }

    /** Writes {@code line} as the next module of the client view's mini-program and returns its path there. */
    String clientModule(String line) {
        return write(miniProgram, CLIENT_PRELUDE, line);
    }

    private String write(Path in, String prelude, String line) {
        String module = "line-" + ++lines + ".js";
        try {
            Files.writeString(in.resolve(module), source(prelude, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return module;
    }

    /**
     * The module for one line: a statement line runs as the body of an async function, in a block of its own so that
     * it may declare {@code db} again; an expression line is awaited and returned.
     */
    static String source(String line) {
        return source(PRELUDE, line);
    }

    private static String source(String prelude, String line) {
        if (STATEMENT.matcher(line).find()) {
            return prelude + "{" + line + "\n} };\n";
        }
        return prelude + "return (" + line.replaceFirst(";+\\s*$", "") + "\n); };\n";
    }

    /** A failure's message as the person who typed the line reads it: without the module it ran as. */
    static String inUserTerms(String message) {
        return MODULE.matcher(message).replaceAll("");
    }

    @Override
    public void close() {
        try {
            fileSystem.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
