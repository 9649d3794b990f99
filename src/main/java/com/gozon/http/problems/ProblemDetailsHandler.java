package com.gozon.http.problems;

import com.gozon.http.input.StorableTextDeserializer;
import com.gozon.operations.failures.Failures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error as an RFC 9457 problem: Spring MVC's own exceptions, validation errors with one entry per bad field,
 * unreadable bodies, an outage of the database (503, outcome unknown: {@link OutageProblem}), and anything
 * unexpected, which answers 500 without revealing internals.
 */
@RestControllerAdvice
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidParam(error.getField(), message(error)))
                .toList();
        return invalid(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new InvalidParam(result.getMethodParameter().getParameterName(),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return invalid(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var name = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        return invalid(List.of(new InvalidParam(name, expectation(ex.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new InvalidParam(ex.getParameterName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            var field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return invalid(List.of(new InvalidParam(field, expectation(databind))), headers, request);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not well-formed JSON.");
        problem.setTitle("Malformed request body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Tomcat could not decode the query string or form body (a malformed {@code %} escape, say). */
    @ExceptionHandler
    ResponseEntity<Object> handleInvalidParameters(InvalidParameterException ex, WebRequest request) {
        var status = HttpStatus.resolve(ex.getErrorCode());
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        var problem = ProblemDetail.forStatusAndDetail(status,
                "The request's parameters are not well-formed: each must be percent-encoded UTF-8.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    /** springdoc's own "not found", for a group that does not exist ({@code /v3/api-docs/x}). */
    @ExceptionHandler
    ResponseEntity<Object> handleNoSuchApiDocument(OpenApiResourceNotFoundException ex, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API document of that name exists.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (Failures.isOutage(ex)) {
            log.warn("Outage while handling {}: {}", request.getDescription(false), ex.toString());
            return handleExceptionInternal(ex, OutageProblem.problem(), OutageProblem.headers(),
                    HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        var declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        if (declared != null && declared.code().is4xxClientError()) {
            // a library's exception that names its own client error, as Spring MVC would answer it without this class
            var problem = ProblemDetail.forStatus(declared.code());
            return handleExceptionInternal(ex, problem, new HttpHeaders(), declared.code(), request);
        }
        log.error("Unexpected error while handling {}", request.getDescription(false), ex);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed, and whether it took effect is unknown. Check before "
                        + "repeating it, or repeat it with the same Idempotency-Key, which acts at most once.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    private ResponseEntity<Object> invalid(List<InvalidParam> errors, HttpHeaders headers, WebRequest request) {
        var sorted = errors.stream().sorted(Comparator.comparing(InvalidParam::name)).toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sorted.stream()
                .map(error -> error.name() + " " + error.reason())
                .collect(Collectors.joining("; ")) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", sorted.stream()
                .map(error -> Map.of("name", error.name(), "reason", error.reason()))
                .toList());
        return handleExceptionInternal(new IllegalArgumentException(problem.getDetail()), problem, headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private static String expectation(DatabindException databind) {
        if (databind instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return StorableTextDeserializer.REASON;
        }
        if (databind instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            var target = mismatch.getTargetType();
            if (target == UUID.class) {
                return "must be a UUID";
            }
            if (Number.class.isAssignableFrom(target)) {
                return "must be a number";
            }
            if (target == String.class) {
                return "must be a string";
            }
        }
        return "has an invalid value or type";
    }

    private static String expectation(@Nullable Class<?> parameterType) {
        if (parameterType == UUID.class) {
            return "must be a UUID";
        }
        if (parameterType != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(parameterType))) {
            return "must be a whole number in decimal digits";
        }
        return "has an invalid format";
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private record InvalidParam(String name, String reason) {
    }
}
