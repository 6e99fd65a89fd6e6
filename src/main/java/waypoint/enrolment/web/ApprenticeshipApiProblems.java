package waypoint.enrolment.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;

/** A move the lifecycle table refuses, or a change made on a stale version, is a 409 with the reason. */
@RestControllerAdvice(assignableTypes = ApprenticeshipsApi.class)
class ApprenticeshipApiProblems {

    @ExceptionHandler(TransitionRefusedException.class)
    ProblemDetail refused(TransitionRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not allowed at this status");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this apprenticeship at the same time: read it again and repeat your change.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
