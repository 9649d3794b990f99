package com.gozon.http.idempotency;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Documents the optional {@code Idempotency-Key} header, and its 409 and 422 answers, on every POST of the API. The
 * header has no example on purpose: the Swagger UI sends a parameter's example by default, so every Try it out would
 * repeat one key and the second POST of the documented flow would be a 422.
 */
final class IdempotencyApiDocs {

    private IdempotencyApiDocs() {
    }

    static GlobalOperationCustomizer idempotencyKeyHeader(int maxKeyLength) {
        return (operation, handler) -> {
            if (!handler.hasMethodAnnotation(PostMapping.class)) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .description("Optional. A key of your choosing, unique per request you mean: a fresh UUID, "
                            + "1 to " + maxKeyLength + " printable ASCII characters; leave it empty to send none. "
                            + "Repeating the request with the same key and body within 24 hours returns the first "
                            + "answer (header Idempotent-Replayed: true) instead of acting twice; the same key with "
                            + "another body is a 422, a repeat while the first still runs a 409. When an answer says "
                            + "the outcome is unknown (503), retry with the same key.")
                    .schema(new StringSchema().minLength(1).maxLength(maxKeyLength)));
            var problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
            operation.getResponses()
                    .addApiResponse("409", new ApiResponse().description("A request with this Idempotency-Key is "
                            + "still running").content(problem))
                    .addApiResponse("422", new ApiResponse().description("This Idempotency-Key was used for another "
                            + "request, or the request cannot be processed").content(problem))
                    .addApiResponse("503", new ApiResponse().description("The outcome is unknown: retry with the "
                            + "same Idempotency-Key").content(problem));
            return operation;
        };
    }
}
