package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import java.util.Map;

/**
 * How one collection (or the storage) treats client requests: one of the four basic modes, with their implicit
 * behaviours, or custom security rules. Admin callers (functions, the console, the Java API) never reach it.
 *
 * <p>The basic modes do not refuse what they can narrow: a {@code PRIVATE} read only sees the caller's documents,
 * and a write to someone else's document under {@code PRIVATE} or {@code READONLY} changes nothing
 * ({@link Decision#OWN_DOCUMENTS_ONLY}). Custom rules never narrow: a query is allowed whole or refused.
 */
public final class AccessPolicy {
    /** What a request may do. */
    public enum Decision {
        /** Run as asked. */
        ALLOW,
        /** Refuse with -502003. */
        DENY,
        /** Run, narrowed to documents whose {@code _openid} is the caller's (none for a caller without one). */
        OWN_DOCUMENTS_ONLY
    }

    private final Permission mode;
    private final SecurityRules rules;

    private AccessPolicy(Permission mode, SecurityRules rules) {
        this.mode = mode;
        this.rules = rules;
    }

    public static AccessPolicy basic(Permission mode) {
        return new AccessPolicy(mode, null);
    }

    public static AccessPolicy custom(SecurityRules rules) {
        return new AccessPolicy(null, rules);
    }

    /** The basic mode, or null under custom rules. */
    public Permission mode() {
        return mode;
    }

    /** The custom rules, or null under a basic mode. */
    public SecurityRules rules() {
        return rules;
    }

    /** A read ({@code get}, {@code count}, {@code aggregate}, {@code watch}) with this query. */
    public Decision read(Map<String, Object> filter, RuleContext context, RuleCoverage.Recorder coverage) {
        if (mode != null) {
            return readOf(mode);
        }
        return rules.allowsQuery(Access.READ, filter, context, coverage) ? Decision.ALLOW : Decision.DENY;
    }

    /** An update or remove with this query. */
    public Decision change(Access op, Map<String, Object> filter, RuleContext context,
            RuleCoverage.Recorder coverage) {
        if (mode != null) {
            return writeOf(mode);
        }
        return rules.allowsQuery(op, filter, context, coverage) ? Decision.ALLOW : Decision.DENY;
    }

    /**
     * A create of this document (already stamped with the caller's {@code _openid}). Under a basic mode a caller who
     * is not logged in cannot create: there is no creator to record.
     */
    public Decision create(Map<String, Object> doc, String callerOpenId, RuleContext context,
            RuleCoverage.Recorder coverage) {
        if (mode != null) {
            return creates(mode) && callerOpenId != null ? Decision.ALLOW : Decision.DENY;
        }
        return rules.allowsDocument(Access.CREATE, doc, context, coverage) ? Decision.ALLOW : Decision.DENY;
    }

    /**
     * Access to one stored file under the storage's policy: reads are downloads and temporary URLs, changes are
     * uploads over an existing file and deletes. {@code uploader} is the file's owner, null for a file the server
     * wrote.
     */
    public boolean allowsFile(Access op, String callerOpenId, String uploader, RuleContext context,
            RuleCoverage.Recorder coverage) {
        if (mode != null) {
            Decision d = op == Access.READ ? readOf(mode) : (op == Access.CREATE && creates(mode))
                    ? Decision.OWN_DOCUMENTS_ONLY : writeOf(mode);
            return d == Decision.ALLOW || (d == Decision.OWN_DOCUMENTS_ONLY && callerOpenId != null
                    && callerOpenId.equals(uploader));
        }
        return rules.allowsDocument(op, null, context, coverage);
    }

    /** What a basic mode does with a client read. */
    private static Decision readOf(Permission mode) {
        return switch (mode) {
            case READONLY, ADMINWRITE -> Decision.ALLOW;
            case PRIVATE -> Decision.OWN_DOCUMENTS_ONLY;
            case ADMINONLY -> Decision.DENY;
        };
    }

    /** What a basic mode does with a client update or remove. */
    private static Decision writeOf(Permission mode) {
        return mode == Permission.READONLY || mode == Permission.PRIVATE ? Decision.OWN_DOCUMENTS_ONLY : Decision.DENY;
    }

    /** Whether a basic mode lets clients create. */
    private static boolean creates(Permission mode) {
        return mode == Permission.READONLY || mode == Permission.PRIVATE;
    }
}
