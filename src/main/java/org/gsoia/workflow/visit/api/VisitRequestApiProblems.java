package org.gsoia.workflow.visit.api;

import org.gsoia.workflow.api.ApiFieldProblem;
import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.api.UnreadableBody;
import org.gsoia.workflow.visit.VisitRequestClosedException;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the visit-request API as an RFC 9457 problem document ({@code application/problem+json}) with
 * title and detail in the client's language; invalid requests list each broken rule under {@code errors} as
 * {@code {field, code, message}}. Scoped to {@link VisitRequestApi}: the rest of the application keeps its own
 * error handling. Spring MVC's own errors (wrong method, media type, ...) come from the base class.
 */
@RestControllerAdvice(assignableTypes = VisitRequestApi.class)
class VisitRequestApiProblems extends ResponseEntityExceptionHandler {

    /** Tag URIs (RFC 4151) identify the problem types without pretending to be pages one could open. */
    static final String TYPE_PREFIX = "tag:gsoia.org,2025:problems/";
    private static final Logger log = LoggerFactory.getLogger(VisitRequestApiProblems.class);

    private final MessageSource messages;

    VisitRequestApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidVisitRequestException.class)
    ResponseEntity<Object> invalid(InvalidVisitRequestException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-visit-request", "api.problem.invalid", exception.problems(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "api.problem.unreadable",
                List.of(UnreadableBody.problem(exception)), ((ServletWebRequest) request).getRequest());
    }

    @ExceptionHandler(VisitRequestNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "visit-request-not-found", "api.problem.notFound", List.of(), request);
    }

    @ExceptionHandler(VisitRequestClosedException.class)
    ResponseEntity<Object> closed(HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "visit-request-closed", "api.problem.closed", List.of(), request);
    }

    /** Anything else is our fault: logged with an incident number the client can quote, never shown. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "api.problem.internal", List.of(), request,
                incident);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String key, List<FieldProblem> errors,
            HttpServletRequest request, Object... detailArguments) {
        Locale locale = ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ApiProblem problem = new ApiProblem(TYPE_PREFIX + type, messages.getMessage(key + ".title", null, locale),
                status.value(), messages.getMessage(key + ".detail", detailArguments, locale), request.getRequestURI(),
                errors.isEmpty() ? null : errors.stream().map(error -> translate(error, locale)).toList());
        // preset, so that content negotiation cannot turn a problem document into plain JSON
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Dates among the arguments print as ISO 8601 (2026-04-01) in every language, like the dates in the JSON. */
    private ApiFieldProblem translate(FieldProblem problem, Locale locale) {
        return new ApiFieldProblem(problem.field(), problem.messageKey(), messages.getMessage(problem.messageKey(),
                problem.arguments().toArray(), problem.messageKey(), locale));
    }
}
