package org.gsoia.workflow.clearance.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gsoia.workflow.api.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The FSC API's problems on top of the shared ones ({@link ApiProblems}), scoped to {@link FacilityClearanceApi}. */
@RestControllerAdvice(assignableTypes = FacilityClearanceApi.class)
class FacilityClearanceApiProblems extends ApiProblems {

    FacilityClearanceApiProblems(MessageSource messages) {
        super(messages);
    }

    @ExceptionHandler(FacilityNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "facility-not-found", "api.problem.facilityNotFound", List.of(), request);
    }

    @ExceptionHandler(InvalidRegisterQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidRegisterQueryException exception, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "api.problem.query", exception.problems(), request);
    }
}
