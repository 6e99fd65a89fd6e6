package waypoint.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring Boot switches the resource chain on because the webjars locator is present (so {@code /webjars/govuk-frontend/…}
 * works without a version), and with it a filter that passes every link Thymeleaf writes through the static resource
 * handlers, looking each one up in every static location and jar: a few thousand jar lookups on a page of 25 rows,
 * about a fifth of the server's time on the caseload (docs/performance.md). It exists to rewrite links to
 * content-versioned URLs, which Waypoint does not use, so it is declared here and never registered.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterNotRegistered(
            ResourceUrlEncodingFilter filter) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
