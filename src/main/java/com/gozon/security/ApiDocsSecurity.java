package com.gozon.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every module's OpenAPI document says how its operations are secured: a bearer JWT, pasted or, when
 * {@code gozon.api-docs.oauth2.*} names an identity provider, obtained with the authorization code flow (PKCE) by the
 * Swagger UI's Authorize button. Every operation may answer 401.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final String BEARER = "bearer";
    static final String OAUTH2 = "oauth2";

    @Bean
    GlobalOpenApiCustomizer securedApiDocs(ApiDocsOAuth2 oauth2) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("An access token (JWT) whose subject (sub) is your user id"));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
            if (oauth2.configured()) {
                openApi.getComponents().addSecuritySchemes(OAUTH2, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("Log in at the identity provider; the token's subject is your user id")
                        .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                .authorizationUrl(oauth2.authorizationUrl()).tokenUrl(oauth2.tokenUrl())
                                .scopes(new Scopes()))));
                openApi.addSecurityItem(new SecurityRequirement().addList(OAUTH2));
            }
        };
    }

    /**
     * Every operation may answer 401: added while the operations are built, before the document's customizers, the
     * last of which writes every problem answer's example (ProblemApiDocs).
     */
    @Bean
    GlobalOperationCustomizer unauthorizedAnswer() {
        return (operation, handlerMethod) -> {
            if (operation.getResponses() != null) {
                operation.getResponses().addApiResponse("401", unauthorized());
            }
            return operation;
        };
    }

    private static ApiResponse unauthorized() {
        return new ApiResponse().description("No bearer token, or one that is not valid (expired, wrongly signed, "
                + "from another issuer, or without a user id as subject)")
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }
}
