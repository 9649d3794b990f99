package com.gozon.http.limits;

import com.gozon.http.FilterOrder;
import com.gozon.http.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A request's {@code Content-Type} is absent or names one concrete media type; anything else is a 415 problem before
 * Spring MVC reads it, which answers a wildcard such as {@code *}{@code /*} with a 500 on every endpoint that can take
 * a body, the actuator's included (spring-projects/spring-framework#27957). It runs after {@link RequestBodyFilter},
 * so the body has been read and nothing is left to drain.
 */
@Component
@Order(FilterOrder.CONTENT_TYPE)
class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if (contentType == null || contentType.isBlank() || isConcrete(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(request, response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type must name one concrete media type, such as application/json."));
    }

    private static boolean isConcrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
