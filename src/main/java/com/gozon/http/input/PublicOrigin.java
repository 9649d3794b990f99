package com.gozon.http.input;

import com.gozon.http.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shop's own origin, not the client's {@code Host} header, is what every absolute URL the shop writes starts with:
 * the {@code resource_metadata} of a 401's {@code WWW-Authenticate}, the protected resource's metadata
 * ({@code /.well-known/oauth-protected-resource}), and whatever else builds on the request's URL (issue 18). It is
 * {@code gozon.http.public-origin} when set (the address clients use, behind a proxy). Unset, the port is the one the
 * connection arrived at, and the host the client named only if it is {@code localhost}, the address the connection
 * arrived at, or one of {@code gozon.http.trusted-hosts}; any other name becomes that address.
 */
@Component
@Order(FilterOrder.PUBLIC_ORIGIN)
class PublicOrigin extends OncePerRequestFilter {

    private final @Nullable URI configured;
    private final Set<String> trustedHosts;

    PublicOrigin(@Value("${gozon.http.public-origin:}") String origin,
                 @Value("${gozon.http.trusted-hosts:}") Set<String> trustedHosts) {
        this.configured = origin.isBlank() ? null : URI.create(origin);
        this.trustedHosts = trustedHosts.stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new OwnOrigin(request, configured, trustedHosts), response);
    }

    private static final class OwnOrigin extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final int port;

        OwnOrigin(HttpServletRequest request, @Nullable URI configured, Set<String> trustedHosts) {
            super(request);
            if (configured != null) {
                scheme = configured.getScheme();
                host = configured.getHost();
                port = configured.getPort() != -1 ? configured.getPort() : "https".equals(scheme) ? 443 : 80;
            } else {
                scheme = request.isSecure() ? "https" : "http";
                var local = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]"
                        : request.getLocalAddr();
                var named = request.getServerName().toLowerCase(Locale.ROOT);
                host = "localhost".equals(named) || local.equals(named) || trustedHosts.contains(named) ? named : local;
                port = request.getLocalPort();
            }
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(scheme).append("://").append(host);
            if (!(port == 80 && "http".equals(scheme)) && !(port == 443 && "https".equals(scheme))) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public @Nullable String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? host + ":" + port : super.getHeader(name);
        }
    }
}
