package com.gozon.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.Transient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import java.util.Collection;
import java.util.Map;

/** A validated bearer token whose principal is the {@link AuthenticatedUser} it names. Never kept in a session. */
@Transient
final class UserAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    UserAuthentication(Jwt jwt, AuthenticatedUser user, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, user, jwt, authorities);
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((AuthenticatedUser) getPrincipal()).userId().toString();
    }
}
