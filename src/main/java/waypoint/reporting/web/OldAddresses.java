package waypoint.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

/** A report's address before it moved into reporting sends the browser on to the new one, with its query kept. */
final class OldAddresses {

    private OldAddresses() {
    }

    static String redirect(String newPath, HttpServletRequest request) {
        String query = request.getQueryString();
        return "redirect:" + newPath + (query == null || query.isBlank() ? "" : "?" + query);
    }
}
