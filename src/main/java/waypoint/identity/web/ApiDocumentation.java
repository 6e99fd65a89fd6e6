package waypoint.identity.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.CurrentUser;

/**
 * A handler's {@link CurrentUser} parameter is the bearer of the token, not something the caller sends: the API
 * documentation leaves it out for every module's endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }
}
