package waypoint.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.view.RedirectView;

/**
 * A report's address before it moved into reporting sends the browser on to the new one, with its query kept as it
 * came (never read as a URI template, never carrying the page's model).
 */
final class OldAddresses {

    private OldAddresses() {
    }

    static RedirectView redirect(String newPath, HttpServletRequest request) {
        String query = request.getQueryString();
        RedirectView view = new RedirectView(newPath + (query == null || query.isBlank() ? "" : "?" + query), true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }
}
