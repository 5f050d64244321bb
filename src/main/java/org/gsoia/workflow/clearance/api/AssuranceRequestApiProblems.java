package org.gsoia.workflow.clearance.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gsoia.workflow.api.ApiProblems;
import org.gsoia.workflow.clearance.AssuranceRequestChangedException;
import org.gsoia.workflow.clearance.AssuranceRequestClosedException;
import org.gsoia.workflow.clearance.AssuranceRequestNotFoundException;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The assurance API's own problems on top of the shared ones ({@link ApiProblems}), scoped to its controller. */
@RestControllerAdvice(assignableTypes = AssuranceRequestApi.class)
class AssuranceRequestApiProblems extends ApiProblems {

    AssuranceRequestApiProblems(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(InvalidAssuranceRequestException.class)
    ResponseEntity<Object> invalid(InvalidAssuranceRequestException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-assurance-request", "api.problem.assurance.invalid",
                exception.problems(), request);
    }

    @ExceptionHandler(InvalidRegisterQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidRegisterQueryException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "api.problem.query", exception.problems(), request);
    }

    @ExceptionHandler(AssuranceRequestNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "assurance-request-not-found", "api.problem.assurance.notFound",
                List.of(), request);
    }

    @ExceptionHandler(AssuranceRequestClosedException.class)
    ResponseEntity<Object> closed(HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "assurance-request-closed", "api.problem.assurance.closed", List.of(),
                request);
    }

    @ExceptionHandler(AssuranceRequestChangedException.class)
    ResponseEntity<Object> stale(HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "assurance-request-version", "api.problem.assurance.stale",
                List.of(), request);
    }

    /** An authority officer who is not with a designated security authority (e.g. a visit officer). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "not-security-authority", "api.problem.assurance.denied", List.of(),
                request);
    }
}
