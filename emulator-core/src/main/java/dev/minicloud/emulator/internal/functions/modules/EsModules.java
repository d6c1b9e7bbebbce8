package dev.minicloud.emulator.internal.functions.modules;

import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.rhino.Node;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ES module syntax ({@code import}/{@code export}) rewritten to CommonJS, as the devtools compile it before a
 * mini-program ships, so that a module using it loads through the one CommonJS route. Every line stays where it was:
 * what the module needs first ({@code __esModule}, a getter per export, the {@code require} of each import) goes on
 * its first line, and the statements are blanked or rewritten in place.
 *
 * <p>Exports are live (getters on {@code exports}); imported names are bound once, when the module starts, to what
 * the imported module exported by then, which is the same unless two modules import each other. A default import of
 * a CommonJS module is its {@code module.exports}, as Babel gives it.
 */
final class EsModules {
    /** A cheap first look; only sources it matches are parsed. */
    private static final Pattern MAYBE = Pattern.compile("(?m)^[\\t \\u3000]*(import|export)[\\s{*'\"]");

    private EsModules() {}

    /**
     * A module wrapped as {@link ModuleLoader} wraps it, with its body as CommonJS; anything else as it is. The
     * transpiler calls this, so the rewrite is cached with the transpiled code.
     */
    static String inWrapper(String name, String wrapped) {
        if (!wrapped.startsWith(ModuleLoader.WRAP_HEAD) || !wrapped.endsWith(ModuleLoader.WRAP_TAIL)) {
            return wrapped;
        }
        String body = wrapped.substring(ModuleLoader.WRAP_HEAD.length(),
                wrapped.length() - ModuleLoader.WRAP_TAIL.length());
        String converted = toCommonJs(name, body);
        return converted.equals(body) ? wrapped : ModuleLoader.WRAP_HEAD + converted + ModuleLoader.WRAP_TAIL;
    }

    /** The module as CommonJS, or {@code source} itself when it has no {@code import} or {@code export}. */
    static String toCommonJs(String name, String source) {
        if (!MAYBE.matcher(source).find()) {
            return source;
        }
        Node script = parse(name, source);
        Node body = script == null ? null : script.getFirstChild();
        if (body == null || !body.isModuleBody()) {
            return source;
        }
        return new Rewrite(source).run(body);
    }

    private static Node parse(String name, String source) {
        CompilerOptions options = new CompilerOptions();
        options.setLanguageIn(CompilerOptions.LanguageMode.UNSTABLE);
        com.google.javascript.jscomp.Compiler compiler = new com.google.javascript.jscomp.Compiler(
                new PrintStream(OutputStream.nullOutputStream()));
        compiler.initOptions(options);
        Node root = compiler.parse(SourceFile.fromCode(name, source));
        // A syntax error is reported by the transpiler, at its line, as for any module.
        return compiler.getErrors().isEmpty() ? root : null;
    }

    /** One module's rewrite: the prelude for its first line and the edits of its statements. */
    private static final class Rewrite {
        private final String source;
        private final StringBuilder exported = new StringBuilder();
        private final StringBuilder required = new StringBuilder();
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> replacements = new ArrayList<>();
        private int modules;

        Rewrite(String source) {
            this.source = source;
        }

        String run(Node body) {
            for (Node n = body.getFirstChild(); n != null; n = n.getNext()) {
                if (n.isImport()) {
                    importOf(n);
                } else if (n.isExport()) {
                    exportOf(n);
                }
            }
            StringBuilder out = new StringBuilder("Object.defineProperty(exports, '__esModule', {value: true});");
            out.append(exported).append(required);
            int at = 0;
            for (int i = 0; i < spans.size(); i++) {
                out.append(source, at, spans.get(i)[0]).append(replacements.get(i));
                at = spans.get(i)[1];
            }
            return out.append(source.substring(at)).toString();
        }

        private String requireOf(Node from) {
            String local = "$mcImport" + modules++;
            required.append("var ").append(local).append(" = require(").append(quote(from.getString())).append(");");
            return local;
        }

        private void importOf(Node n) {
            String module = requireOf(n.getLastChild());
            Node first = n.getFirstChild();
            if (first.isName()) {
                required.append("var ").append(first.getString()).append(" = ").append(module).append(" && ")
                        .append(module).append(".__esModule ? ").append(module).append(".default : ").append(module)
                        .append(';');
            }
            Node second = first.getNext();
            if (second.isImportStar()) {
                required.append("var ").append(second.getString()).append(" = ").append(module).append(';');
            } else if (second.isImportSpecs()) {
                for (Node spec = second.getFirstChild(); spec != null; spec = spec.getNext()) {
                    required.append("var ").append(spec.getLastChild().getString()).append(" = ").append(module)
                            .append('[').append(quote(spec.getFirstChild().getString())).append("];");
                }
            }
            blank(n);
        }

        private void exportOf(Node n) {
            Node first = n.getFirstChild();
            if (n.getBooleanProp(Node.EXPORT_ALL_FROM)) {
                String module = requireOf(n.getLastChild());
                required.append("Object.keys(").append(module).append(").forEach(function (k) { if (k !== 'default'")
                        .append(" && !Object.prototype.hasOwnProperty.call(exports, k)) { Object.defineProperty(")
                        .append("exports, k, {enumerable: true, get: function () { return ").append(module)
                        .append("[k]; }}); } });");
                blank(n);
            } else if (first.isExportSpecs()) {
                Node from = first.getNext();
                String module = from == null ? null : requireOf(from);
                for (Node spec = first.getFirstChild(); spec != null; spec = spec.getNext()) {
                    String local = spec.getFirstChild().getString();
                    getter(spec.getLastChild().getString(), module == null ? local : module + "[" + quote(local) + "]");
                }
                blank(n);
            } else if (n.getBooleanProp(Node.EXPORT_DEFAULT)) {
                String declared = declaredName(first);
                if (declared == null) {
                    edit(n.getSourceOffset(), first.getSourceOffset(), "exports.default = ");
                } else {
                    getter("default", declared);
                    edit(n.getSourceOffset(), first.getSourceOffset(), "");
                }
            } else {
                if (first.isFunction() || first.isClass()) {
                    getter(first.getFirstChild().getString(), first.getFirstChild().getString());
                } else {
                    NodeUtil.visitLhsNodesInNode(first, name -> getter(name.getString(), name.getString()));
                }
                edit(n.getSourceOffset(), first.getSourceOffset(), "");
            }
        }

        /** The name a default-exported function or class declares, or null for an expression. */
        private static String declaredName(Node n) {
            if ((n.isFunction() || n.isClass()) && n.getFirstChild().isName()
                    && !n.getFirstChild().getString().isEmpty()) {
                return n.getFirstChild().getString();
            }
            return null;
        }

        private void getter(String exportedName, String expression) {
            exported.append("Object.defineProperty(exports, ").append(quote(exportedName))
                    .append(", {enumerable: true, get: function () { return ").append(expression).append("; }});");
        }

        private void blank(Node n) {
            edit(n.getSourceOffset(), n.getSourceOffset() + n.getLength(), "");
        }

        private void edit(int from, int to, String replacement) {
            // What the replaced text held of line breaks stays, so every later line keeps its number.
            String breaks = source.substring(from, to).replaceAll("[^\\n]", "");
            spans.add(new int[] {from, to});
            replacements.add(replacement.isEmpty() ? breaks : replacement + breaks);
        }

        private static String quote(String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "'";
        }
    }
}
