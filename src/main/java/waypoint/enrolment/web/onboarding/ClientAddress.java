package waypoint.enrolment.web.onboarding;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for a signature. Behind a proxy the server is configured to trust its forwarded
 * headers (Spring Boot's server.forward-headers-strategy), which makes this the client's address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
