package com.gozon.dev;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The development shop's own token issuer: Spring Authorization Server on the shop's port, signing with the
 * development key ({@link DevIssuerKey}) under the name {@code gozon.security.token-issuer}, so that the shop checks
 * its tokens as production checks any: with a public key. Test side only, never in the production jar.
 * <ul>
 *   <li>The Swagger UI's Authorize button: the public client {@value #SWAGGER_CLIENT}, authorization code with PKCE,
 *       a login form at {@code /login} for the {@link DemoUser}s.</li>
 *   <li>curl: each demo user is also a client of the client credentials grant, id and secret its name and password
 *       ({@code curl -u alice:alice -d grant_type=client_credentials .../oauth2/token}).</li>
 * </ul>
 * Either way the token's subject is the demo user's id; scopes {@code gozon.health} and, with the client credentials
 * grant, {@code gozon.operations} (metrics, parked messages) may be asked for. The Swagger UI's
 * settings come with it ({@code dev/issuer.properties}).
 */
@TestConfiguration(proxyBeanMethods = false)
@PropertySource("classpath:dev/issuer.properties")
public class DevIssuer {

    public static final String SWAGGER_CLIENT = "gozon-swagger";
    public static final String SWAGGER_REDIRECT_PATH = "/swagger-ui/oauth2-redirect.html";

    private static final String HEALTH_SCOPE = "gozon.health";
    private static final String OPERATIONS_SCOPE = "gozon.operations";

    /** The issuer's endpoints and its login page; everything else is the shop's ({@code ApiSecurity}). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain devIssuerSecurityFilterChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(issuer -> http.securityMatcher(new OrRequestMatcher(issuer.getEndpointsMatcher(),
                        PathPatternRequestMatcher.withDefaults().matcher("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/default-ui.css"))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(login -> login.permitAll())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings devIssuerSettings(@Value("${gozon.security.token-issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    JWKSource<SecurityContext> devIssuerKeys() {
        return new ImmutableJWKSet<>(new JWKSet(DevIssuerKey.rsaKey()));
    }

    /**
     * The Swagger UI is registered at the shop's own address ({@code server.port}), and at 127.0.0.1, where the
     * issuer accepts any port (RFC 8252) as a client on the loopback interface needs.
     */
    @Bean
    RegisteredClientRepository devIssuerClients(@Value("${server.port}") String port) {
        var swaggerUi = RegisteredClient.withId(SWAGGER_CLIENT).clientId(SWAGGER_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost:" + port + SWAGGER_REDIRECT_PATH)
                .redirectUri("http://127.0.0.1" + SWAGGER_REDIRECT_PATH)
                .scope(HEALTH_SCOPE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(anHour())
                .build();
        var demoUsers = Arrays.stream(DemoUser.values()).map(DevIssuer::clientCredentialsOf);
        var clients = Stream.concat(Stream.of(swaggerUi), demoUsers).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient clientCredentialsOf(DemoUser user) {
        return RegisteredClient.withId(user.username()).clientId(user.username())
                .clientSecret("{noop}" + user.password())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(HEALTH_SCOPE)
                .scope(OPERATIONS_SCOPE)
                .tokenSettings(anHour())
                .build();
    }

    @Bean
    UserDetailsService devIssuerUsers() {
        return new InMemoryUserDetailsManager(Arrays.stream(DemoUser.values())
                .map(user -> User.withUsername(user.username()).password("{noop}" + user.password()).build())
                .toList());
    }

    /** The subject of an access token is the demo user's id: who logged in, or whose client asked. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoUserAsSubject() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                DemoUser.named(context.getPrincipal().getName()).map(DemoUser::userId).map(UUID::toString)
                        .ifPresent(userId -> context.getClaims().subject(userId));
            }
        };
    }

    private static TokenSettings anHour() {
        return TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build();
    }
}
