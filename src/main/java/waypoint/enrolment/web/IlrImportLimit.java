package waypoint.enrolment.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An ILR file brought in may be up to 100 MB (docs/domain/ilr-import.md). An upload that says it is larger (its
 * Content-Length) is refused before a byte of it is read: the API answers 413 with a problem, the page shows the
 * form again with the reason. The application's multipart limits stop any upload that does not say its length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class IlrImportLimit extends OncePerRequestFilter {

    /** The largest ILR file brought in. */
    static final long MOST_BYTES = 100L * 1024 * 1024;
    /** Room for the form's other fields and the multipart boundaries around the file. */
    private static final long FORM_OVERHEAD = 64L * 1024;
    static final String TOO_LARGE = "The file must be 100 MB or smaller: an ILR file of a whole provider fits well"
            + " inside it";

    static final String PAGE = "/ilr/import";
    static final String API = "/api/v1/ilr/imports";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.equals(PAGE) || path.equals(PAGE + "/") || path.equals(API) || path.equals(API + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= MOST_BYTES + FORM_OVERHEAD) {
            chain.doFilter(request, response);
            return;
        }
        // the body is not read: the connection is closed after the answer
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                    + "\"detail\":\"" + TOO_LARGE + "\"}");
        } else {
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + PAGE + "?refused=too-large");
        }
        // sent at once, not after the server has tried to read past the body it will not use
        response.flushBuffer();
    }
}
