package org.gsoia.workflow.breach.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gsoia.workflow.api.ApiProblems;
import org.gsoia.workflow.breach.BreachNotFoundException;
import org.gsoia.workflow.breach.InvalidBreachException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The breach API's own problems on top of the shared ones ({@link ApiProblems}), scoped to its controller. */
@RestControllerAdvice(assignableTypes = BreachApi.class)
class BreachApiProblems extends ApiProblems {

    BreachApiProblems(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(InvalidBreachException.class)
    ResponseEntity<Object> invalid(InvalidBreachException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-breach-report", "api.problem.breach.invalid",
                exception.problems(), request);
    }

    @ExceptionHandler(BreachNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "breach-not-found", "api.problem.breach.notFound", List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "not-a-reporter", "api.problem.breach.denied", List.of(), request);
    }
}
