package waypoint.organisation.web.api;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import waypoint.organisation.internal.RecordInUseException;

/** The organisation API's own problems: a record others depend on, or one changed meanwhile, is a 409. */
@RestControllerAdvice(basePackageClasses = OrganisationApiProblems.class)
class OrganisationApiProblems {

    @ExceptionHandler(RecordInUseException.class)
    ProblemDetail inUse(RecordInUseException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Record in use");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record at the same time: read it again and repeat your change.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
