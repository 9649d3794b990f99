package com.gozon.security;

import com.gozon.http.HealthPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;

/**
 * Every request needs a valid bearer JWT except the health status and the probes ({@link HealthPaths}), the API
 * documents, the Swagger UI (and {@code /}, which leads there) and the error page; the actuator's other endpoints need
 * the scope {@code gozon.operations} besides. The token is checked by Spring Boot's resource server
 * ({@code spring.security.oauth2.resourceserver.jwt.*}:
 * an issuer, a JWK set or a public key); the request then acts for the {@link AuthenticatedUser} its subject names.
 * No session and no cookie: nothing a browser sends by itself authenticates a request, so there is no CSRF to guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsOAuth2.class)
class ApiSecurity {

    private static final String[] PUBLIC = {"/", HealthPaths.HEALTH, "/actuator/health/**", HealthPaths.LIVENESS,
            HealthPaths.READINESS, "/v3/api-docs/**", "/gw-docs/**", "/gw-swagger", "/gw-swagger/**", "/swagger-ui/**",
            "/error", "/favicon.ico"};

    /** The scope an operator's token carries for the actuator's endpoints beyond health (parked messages, ...). */
    static final String OPERATIONS = "SCOPE_gozon.operations";

    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/gw-swagger/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    /** JSON answers load nothing and are framed nowhere. */
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiDocsOAuth2 apiDocsOAuth2) {
        var problems = new BearerTokenProblems();
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(OPERATIONS)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new UserAuthenticationConverter()))
                        // only what is true: access tokens are not bound to client certificates here (issue 18)
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                claims -> claims.tlsClientCertificateBoundAccessTokens(false)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // a resource server: no login form, no logout (/logout answered 302 to /login?logout, issue 18)
                .logout(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> contentSecurityPolicies(headers, apiDocsOAuth2));
        return http.build();
    }

    /** The default firewall's checks, made cheap enough for a header read several times per request. */
    @Bean
    WebSecurityCustomizer headerCheckingFirewall() {
        return web -> web.httpFirewall(HeaderCheckingFirewall.create());
    }

    /** The bearer token read from the header without a regular expression, with the default's rules. */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return new BearerTokens();
    }

    /**
     * No observation around each of Spring Security's filters: they were off already (management.observations.enable.
     * spring.security=false), but the decorator still wrapped every filter of every request.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Accepted tokens are checked once, not with every request (docs/performance.md). */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.aroundTheDecoder(Clock.systemUTC());
    }

    /**
     * With a public key ({@code public-key-location}) Spring Boot checks no issuer, and it ignores the key when
     * {@code issuer-uri} is set too; {@code gozon.security.token-issuer} names the {@code iss} such tokens must carry.
     * Spring Boot applies every such validator bean to the decoder it configures.
     */
    @Bean
    @ConditionalOnProperty("gozon.security.token-issuer")
    OAuth2TokenValidator<Jwt> tokenIssuerValidator(@Value("${gozon.security.token-issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    /** Every token says when it expires, and none was issued in the future. */
    @Bean
    OAuth2TokenValidator<Jwt> tokenLifetimeValidator() {
        return new TokenLifetime(Clock.systemUTC());
    }

    /**
     * Spring Security's defaults (nosniff, {@code Cache-Control: no-store}, {@code X-Frame-Options: DENY}) plus a
     * content security policy: the Swagger UI runs only its own scripts and talks only to the shop and, for tokens,
     * to the identity provider.
     */
    private static void contentSecurityPolicies(HeadersConfigurer<HttpSecurity> headers, ApiDocsOAuth2 apiDocsOAuth2) {
        var connect = "'self'" + apiDocsOAuth2.tokenOrigin().map(origin -> " " + origin).orElse("");
        var swaggerUiPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "connect-src " + connect + "; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new ContentSecurityPolicyHeaderWriter(swaggerUiPolicy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(API_POLICY)));
    }
}
