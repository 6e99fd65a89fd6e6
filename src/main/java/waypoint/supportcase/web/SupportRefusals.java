package waypoint.supportcase.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * On the support case pages, a step your support policy gives to someone else
 * ({@code internal.SupportStepNotYours}) or a page for other people is answered 403 with the rule it breaks, rather
 * than only “no access” (docs/domain/support-policy.md, The five stages).
 */
@ControllerAdvice(assignableTypes = {SupportPages.class, SupportSettingsPages.class})
class SupportRefusals {

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView refused(AccessDeniedException refused, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("supportcase/refused", Map.of("rule", refused.getMessage(), "back",
                request.getRequestURI().replaceFirst(
                        "/(steps|stage-3|meetings/new|recommendation|appeal|employer|actions/.*|client-partner)$", "")));
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
