package org.gsoia.workflow.visit.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gsoia.workflow.api.ApiProblems;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.visit.VisitRequestChangedException;
import org.gsoia.workflow.visit.VisitRequestClosedException;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The visit-request API's own problems on top of the shared ones ({@link ApiProblems}). Scoped to
 * {@link VisitRequestApi}: the rest of the application keeps its own error handling.
 */
@RestControllerAdvice(assignableTypes = VisitRequestApi.class)
class VisitRequestApiProblems extends ApiProblems {

    VisitRequestApiProblems(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(InvalidVisitRequestException.class)
    ResponseEntity<Object> invalid(InvalidVisitRequestException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-visit-request", "api.problem.invalid", exception.problems(),
                request);
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidQueryException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "api.problem.query", exception.problems(), request);
    }

    @ExceptionHandler(VisitRequestNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "visit-request-not-found", "api.problem.notFound", List.of(), request);
    }

    @ExceptionHandler(VisitRequestClosedException.class)
    ResponseEntity<Object> closed(HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "visit-request-closed", "api.problem.closed", List.of(), request);
    }

    /** If-Match named an older version: the client's change was based on what it no longer is. */
    @ExceptionHandler(VisitRequestChangedException.class)
    ResponseEntity<Object> stale(HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "visit-request-version", "api.problem.stale", List.of(),
                request);
    }
}
