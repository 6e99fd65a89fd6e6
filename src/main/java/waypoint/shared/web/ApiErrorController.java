package waypoint.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * What no controller answered (an address the API does not have, a method or content type it does not take, a
 * failure outside a handler) still answers an API caller with an RFC 9457 problem, whatever it asked to accept;
 * pages keep their error pages. See docs/domain/api.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorController {

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(attributes, web, resolvers.orderedStream().toList());
    }

    static final class ProblemErrorController extends BasicErrorController {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        ProblemErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
            super(attributes, web.getError(), resolvers);
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (!isApi(request)) {
                return super.errorHtml(request, response);
            }
            HttpStatus status = getStatus(request);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            try {
                JSON.writeValue(response.getOutputStream(), problem(status, request));
            } catch (IOException e) {
                // the caller has gone; nothing more to tell them
            }
            return null;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            if (status == HttpStatus.NO_CONTENT) {
                return new ResponseEntity<>(status);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(status, request));
        }

        @Override
        public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
            return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(JSON.writeValueAsString(problem(getStatus(request), request)));
        }

        private static boolean isApi(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
        }

        static Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                    "detail", detail(status), "instance", uri instanceof String path ? path : "/");
        }

        static String detail(HttpStatus status) {
            return switch (status) {
                case NOT_FOUND -> "There is nothing at this address. The API description at /api-docs lists every address.";
                case METHOD_NOT_ALLOWED -> "This address does not take this method. The API description at /api-docs lists what each address takes.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as JSON, with 'Content-Type: application/json'.";
                case NOT_ACCEPTABLE -> "This address answers with JSON: accept application/json or application/problem+json.";
                case BAD_REQUEST -> "The request could not be read.";
                case UNAUTHORIZED -> "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token.";
                case FORBIDDEN -> "You do not have access to this.";
                default -> status.is5xxServerError()
                        ? "Something went wrong on our side and the request was not completed. Try again; if it happens again, tell your administrator the time it happened."
                        : status.getReasonPhrase() + ".";
            };
        }
    }
}
