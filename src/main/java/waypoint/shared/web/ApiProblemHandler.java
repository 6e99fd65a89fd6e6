package waypoint.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import waypoint.shared.NotFoundException;
import waypoint.shared.files.UploadRejectedException;

/** Every API error is an RFC 9457 problem; validation problems list their fields. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /**
     * A body that is not JSON at all is a malformed request; JSON whose member is missing where a value is needed,
     * of the wrong type or holding text that cannot be kept is a field error on that member.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError field = JsonProblemReader.fieldError(ex);
        if (field != null) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(field)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape.");
        problem.setTitle("Malformed request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A parameter that is not of its kind (a page number "two", an id that is not one) is a field error on it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        return ResponseEntity.badRequest().body(validationProblem(List.of(
                new FieldError(field, "'" + field + "' has a value of the wrong type or format"))));
    }

    /** A required parameter left out is a field error on it, as a missing member of a body is. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(
                new FieldError(ex.getParameterName(), "Enter a value for '" + ex.getParameterName() + "'"))));
    }

    @ExceptionHandler(FieldValidationException.class)
    ProblemDetail invalid(FieldValidationException ex) {
        return validationProblem(ex.errors().entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }

    /** An upload refused for its type or size: a field error on {@code file}, as the pages show it. */
    @ExceptionHandler(UploadRejectedException.class)
    ProblemDetail uploadRejected(UploadRejectedException ex) {
        return validationProblem(List.of(new FieldError("file", ex.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You do not have access to this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
        problem.setTitle("Request too large");
        return problem;
    }

    static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + (errors.size() == 1 ? " invalid field" : " invalid fields"));
        problem.setTitle("Invalid request");
        problem.setType(URI.create("https://waypoint.test/problems/validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Pulls the member out of a Jackson error without exposing the parser's internals. */
    static final class JsonProblemReader {

        /** The member a readable-but-wrong body got wrong, or null when the body is not JSON at all. */
        static FieldError fieldError(HttpMessageNotReadableException ex) {
            Throwable cause = ex.getMostSpecificCause();
            if (!(cause instanceof tools.jackson.databind.DatabindException databind)) {
                return null;
            }
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            if (databind instanceof tools.jackson.databind.exc.InvalidNullException invalidNull
                    && invalidNull.getPropertyName() != null && field.isEmpty()) {
                field = invalidNull.getPropertyName().getSimpleName();
            }
            if (field.isEmpty()) {
                return null;
            }
            if (cause instanceof JsonTextChecks.NulInText) {
                return new FieldError(field, StoredText.NUL_MESSAGE);
            }
            if (cause instanceof tools.jackson.databind.exc.InvalidNullException
                    || cause.getMessage() != null && cause.getMessage().contains("Cannot map `null`")) {
                return new FieldError(field, "Enter a value for '" + field + "'");
            }
            return new FieldError(field, "'" + field + "' has a value of the wrong type or format");
        }

        private JsonProblemReader() {
        }
    }

}
