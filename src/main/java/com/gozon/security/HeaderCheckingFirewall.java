package com.gozon.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its rules for header names and values unchanged, checked by a loop
 * over the characters instead of its regular expressions. The firewall checks a header each time it is read, and a
 * request's {@code Authorization} header (a token of some 600 characters) is read several times by the resource
 * server's filters: under the benchmark the expressions took 30 % of the HTTP threads' CPU samples
 * (docs/performance.md). Printable ASCII, nearly every character the API ever receives, needs one comparison.
 */
final class HeaderCheckingFirewall {

    private HeaderCheckingFirewall() {
    }

    static StrictHttpFirewall create() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCheckingFirewall::allowedName);
        firewall.setAllowedHeaderValues(HeaderCheckingFirewall::allowedValue);
        return firewall;
    }

    /** As {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES}: assigned characters, no control character. */
    static boolean allowedName(String name) {
        return assignedAndNotControl(name, false);
    }

    /** As {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}: assigned characters, no control character but tab. */
    static boolean allowedValue(@Nullable String value) {
        return value == null || assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x20 && c < 0x7f || c == '\t' && tabAllowed) {
                i++;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
