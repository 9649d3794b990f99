package com.gozon.security;

import com.gozon.http.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * 401 and 403 as RFC 9457 problems, like every other error of the shop. Spring Security's bearer token handlers set
 * the status and the {@code WWW-Authenticate: Bearer ...} header (RFC 6750); the body is a problem.
 */
final class BearerTokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        write(request, response, failure instanceof OAuth2AuthenticationException invalid
                ? "The bearer token is not valid" + reason(invalid.getError())
                : "This request needs a bearer token: Authorization: Bearer <JWT>.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerAccessDenied.handle(request, response, denied);
        write(request, response, "This request is not allowed with this token.");
    }

    /** Spring Security's description, as the {@code WWW-Authenticate} header carries it too. */
    private static String reason(OAuth2Error error) {
        return error.getDescription() != null ? ": " + error.getDescription() : ".";
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        Problems.write(request, response, Problems.of(HttpStatusCode.valueOf(response.getStatus()), detail));
    }
}
