package org.gsoia.workflow.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.procedure.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors every procedure's REST API shares, as RFC 9457 problem documents ({@code application/problem+json})
 * with title and detail in the client's language and, where fields are wrong, each broken rule under {@code errors}
 * as {@code {field, code, message}}: an unreadable body, a query parameter of the wrong kind, a change that lost a
 * race with another (409: read again and retry), and anything unexpected (500 with an incident number, never a stack
 * trace). A procedure's advice extends this class, scoped to its controllers, and adds its own problems.
 */
public abstract class ApiProblems extends ResponseEntityExceptionHandler {

    /** Tag URIs (RFC 4151) identify the problem types without pretending to be pages one could open. */
    public static final String TYPE_PREFIX = "tag:gsoia.org,2025:problems/";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    protected ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "api.problem.unreadable",
                List.of(UnreadableBody.problem(exception)), ((ServletWebRequest) request).getRequest());
    }

    /** A query parameter or path variable that is not of its kind ({@code page=abc}, an unknown status). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : exception.getPropertyName();
        Class<?> type = exception.getRequiredType();
        FieldProblem problem = type != null && type.isEnum()
                ? FieldProblem.of(name, "api.query.enum", Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")))
                : FieldProblem.of(name, "api.query.type");
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "api.problem.query", List.of(problem),
                ((ServletWebRequest) request).getRequest());
    }

    /**
     * A header value the firewall does not let through (a NUL or another control character in {@code If-Match} or
     * {@code Accept-Language}): Spring Security checks header values only when they are read, which is in the
     * controller, so the refusal arrives here rather than as the firewall's own 400.
     */
    @ExceptionHandler(RequestRejectedException.class)
    protected ResponseEntity<Object> rejectedHeader(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "rejected-header", "api.problem.rejectedHeader", List.of(), request);
    }

    /**
     * A change that lost a race with another change of the same case (two amendments, an amendment and a decision):
     * nothing was saved, and the client should read the case again and retry. Anything else is our fault: logged
     * with an incident number the client can quote, never shown.
     */
    @ExceptionHandler(Exception.class)
    protected ResponseEntity<Object> unexpected(Exception exception, HttpServletRequest request) {
        if (ConcurrentChanges.isCause(exception)) {
            return problem(HttpStatus.CONFLICT, "changed-meanwhile", "api.problem.changedMeanwhile", List.of(),
                    request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(),
                org.gsoia.workflow.audit.Redacted.of(exception));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "api.problem.internal", List.of(), request,
                incident);
    }

    /** A problem document: {@code type} completes {@link #TYPE_PREFIX}, {@code key} names title and detail texts. */
    protected ResponseEntity<Object> problem(HttpStatus status, String type, String key, List<FieldProblem> errors,
            HttpServletRequest request, Object... detailArguments) {
        Locale locale = ApiLanguage.of(acceptLanguage(request));
        ApiProblem problem = new ApiProblem(TYPE_PREFIX + type, messages.getMessage(key + ".title", null, locale),
                status.value(), messages.getMessage(key + ".detail", detailArguments, locale), request.getRequestURI(),
                errors.isEmpty() ? null : errors.stream().map(error -> translate(error, locale)).toList());
        // preset, so that content negotiation cannot turn a problem document into plain JSON
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The header as sent; null when the firewall refuses its value (then the answer is in English). */
    private static String acceptLanguage(HttpServletRequest request) {
        try {
            return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RequestRejectedException refused) {
            return null;
        }
    }

    /** Dates among the arguments print as ISO 8601 (2026-04-01) in every language, like the dates in the JSON. */
    private ApiFieldProblem translate(FieldProblem problem, Locale locale) {
        return new ApiFieldProblem(problem.field(), problem.messageKey(), messages.getMessage(problem.messageKey(),
                problem.arguments().toArray(), problem.messageKey(), locale));
    }
}
