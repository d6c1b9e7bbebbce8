package dev.minicloud.emulator.internal.database.rules;

/** A rule that cannot be evaluated for this request (a bad {@code get()} path, too many documents): it denies. */
final class RuleEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleEvaluationException(String message) {
        super(message, null, false, false);
    }
}
