package com.gozon.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop must decide every character exactly as Spring Security's expressions do. */
class HeaderCheckingFirewallTest {

    @Test
    void everyCodePointIsJudgedAsTheDefaultFirewallJudgesIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            var text = "a" + Character.toString(c) + "b";
            assertThat(HeaderCheckingFirewall.allowedName(text))
                    .as("header name with U+%04X", c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(HeaderCheckingFirewall.allowedValue(text))
                    .as("header value with U+%04X", c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
    }

    @Test
    void loneSurrogatesTabsAndNullAreJudgedAsByDefault() {
        for (var text : new String[] {"\uD800", "x\uDC00", "\uD83D\uDE00", "\t", "a\tb", "", "Bearer eyJ.x-y_z"}) {
            assertThat(HeaderCheckingFirewall.allowedName(text)).as(text)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(HeaderCheckingFirewall.allowedValue(text)).as(text)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
        assertThat(HeaderCheckingFirewall.allowedValue(null)).isTrue();
    }

    @Test
    void theFirewallRejectsAControlCharacterInAHeader() {
        var request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("Authorization", "Bearer abc\u0000def");
        request.addHeader("X-Fine", "Bearer abc def");
        var firewalled = HeaderCheckingFirewall.create().getFirewalledRequest(request);

        assertThat(firewalled.getHeader("X-Fine")).isEqualTo("Bearer abc def");
        assertThatThrownBy(() -> firewalled.getHeader("Authorization")).isInstanceOf(RequestRejectedException.class);
    }
}
