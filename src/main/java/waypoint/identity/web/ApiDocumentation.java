package waypoint.identity.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.CurrentUser;

/**
 * The API's description, with the bearer token every endpoint but the token exchange needs. A handler's
 * {@link CurrentUser} parameter is the bearer of the token, not something the caller sends: the API documentation
 * leaves it out for every module's endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI waypointApi() {
        return new OpenAPI()
                .info(new Info().title("Waypoint API").version("v1")
                        .description("Apprenticeship management for training providers. Exchange an email and password "
                                + "for a token at POST /api/v1/auth/token, then send it as 'Authorization: Bearer <token>'. "
                                + "Errors are RFC 9457 problem details; invalid fields are listed under 'errors'."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
