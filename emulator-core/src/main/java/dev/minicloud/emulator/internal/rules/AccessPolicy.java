package dev.minicloud.emulator.internal.rules;

import dev.minicloud.emulator.internal.rules.SecurityRules.Access;
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
    /** The four basic modes, named as the service's {@code acl_tag}. */
    public enum BasicMode {
        /** All users read, only the creator writes. */
        READONLY(Decision.ALLOW, Decision.OWN_DOCUMENTS_ONLY, true),
        /** Only the creator reads and writes. */
        PRIVATE(Decision.OWN_DOCUMENTS_ONLY, Decision.OWN_DOCUMENTS_ONLY, true),
        /** All users read, only admins write. */
        ADMINWRITE(Decision.ALLOW, Decision.DENY, false),
        /** Only admins read and write. */
        ADMINONLY(Decision.DENY, Decision.DENY, false);

        private final Decision read;
        private final Decision write;
        private final boolean creates;

        BasicMode(Decision read, Decision write, boolean creates) {
            this.read = read;
            this.write = write;
            this.creates = creates;
        }
    }

    /** What a request may do. */
    public enum Decision {
        /** Run as asked. */
        ALLOW,
        /** Refuse with -502003. */
        DENY,
        /** Run, narrowed to documents whose {@code _openid} is the caller's (none for a caller without one). */
        OWN_DOCUMENTS_ONLY
    }

    private final BasicMode mode;
    private final SecurityRules rules;

    private AccessPolicy(BasicMode mode, SecurityRules rules) {
        this.mode = mode;
        this.rules = rules;
    }

    public static AccessPolicy basic(BasicMode mode) {
        return new AccessPolicy(mode, null);
    }

    public static AccessPolicy custom(SecurityRules rules) {
        return new AccessPolicy(null, rules);
    }

    /** The basic mode, or null under custom rules. */
    public BasicMode mode() {
        return mode;
    }

    /** The custom rules, or null under a basic mode. */
    public SecurityRules rules() {
        return rules;
    }

    /** A read ({@code get}, {@code count}, {@code aggregate}, {@code watch}) with this query. */
    public Decision read(Map<String, Object> filter, RuleContext context, RuleCoverage.Recorder coverage) {
        if (mode != null) {
            return mode.read;
        }
        return rules.allowsQuery(Access.READ, filter, context, coverage) ? Decision.ALLOW : Decision.DENY;
    }

    /** An update or remove with this query. */
    public Decision change(Access op, Map<String, Object> filter, RuleContext context,
            RuleCoverage.Recorder coverage) {
        if (mode != null) {
            return mode.write;
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
            return mode.creates && callerOpenId != null ? Decision.ALLOW : Decision.DENY;
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
            Decision d = op == Access.READ ? mode.read : (op == Access.CREATE && mode.creates)
                    ? Decision.OWN_DOCUMENTS_ONLY : mode.write;
            return d == Decision.ALLOW || (d == Decision.OWN_DOCUMENTS_ONLY && callerOpenId != null
                    && callerOpenId.equals(uploader));
        }
        return rules.allowsDocument(op, null, context, coverage);
    }
}
