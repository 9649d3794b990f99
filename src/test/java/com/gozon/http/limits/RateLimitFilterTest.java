package com.gozon.http.limits;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each user and each unauthenticated address has a budget of its own. */
class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(
            new RateLimitProperties(true, 3, 2, Duration.ofHours(1), 1000));

    @Test
    void userOverTheBudgetIsToldWhenToRetry() throws Exception {
        for (var i = 0; i < 3; i++) {
            assertThat(call(asUser("alice", "10.0.0.1")).getStatus()).isEqualTo(200);
        }

        var refused = call(asUser("alice", "10.0.0.1"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429", "\"title\":\"Too Many Requests\"");
        // three requests an hour: the next one in twenty minutes
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1190L, 1200L);
    }

    @Test
    void usersAndAddressesHaveBudgetsOfTheirOwn() throws Exception {
        for (var i = 0; i < 3; i++) {
            call(asUser("alice", "10.0.0.1"));
        }

        assertThat(call(asUser("bob", "10.0.0.1")).getStatus()).isEqualTo(200);
        assertThat(call(anonymous("10.0.0.1")).getStatus()).isEqualTo(200);
        assertThat(call(anonymous("10.0.0.1")).getStatus()).isEqualTo(200);
        assertThat(call(anonymous("10.0.0.1")).getStatus()).isEqualTo(429);
        assertThat(call(anonymous("10.0.0.2")).getStatus()).isEqualTo(200);
    }

    @Test
    void healthChecksAreNotLimited() throws Exception {
        for (var i = 0; i < 10; i++) {
            var request = anonymous("10.0.0.3");
            request.setRequestURI("/actuator/health");

            assertThat(call(request).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void runsRightAfterSpringSecurity() {
        assertThat(filter.getOrder()).isEqualTo(-99);
    }

    private MockHttpServletResponse call(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest asUser(String name, String address) {
        var request = anonymous(address);
        request.setUserPrincipal(() -> name);
        return request;
    }

    private static MockHttpServletRequest anonymous(String address) {
        var request = new MockHttpServletRequest("GET", "/api/orders");
        request.setRemoteAddr(address);
        return request;
    }
}
