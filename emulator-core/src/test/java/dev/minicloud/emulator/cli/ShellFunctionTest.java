package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a shell line becomes a module: a statement is a function body, anything else an awaited expression. */
class ShellFunctionTest {
    @Test
    void an_expression_is_returned_without_its_trailing_semicolons_and_stays_on_line_1() {
        String source = ShellFunction.source("db.collection('todos').get(); ");

        assertThat(source.lines().findFirst().orElseThrow()).endsWith("return (db.collection('todos').get()");
        assertThat(source).endsWith("\n); };\n");
    }

    @Test
    void a_line_starting_with_a_statement_keyword_or_a_brace_is_a_body_in_a_block_of_its_own() {
        for (String line : new String[] {"const r = 1; return r", "let x", "var x", "if (a) b()", "for (;;) {}",
                "while (a) {}", "do {} while (a)", "switch (a) {}", "try { a() } catch (e) {}", "return 1",
                "throw new Error('x')", "function f() {}", "class A {}", "{ return 1 }"}) {
            assertThat(ShellFunction.source(line)).as(line).contains("; {" + line + "\n} };");
        }
        assertThat(ShellFunction.source("constant + 1")).as("a keyword must be a whole word").contains("return (");
    }
}
