package waypoint.shared.ids;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every page and API handler may take a typed id as a path variable or request parameter. */
@Configuration(proxyBeanMethods = false)
class TypedIdBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedIdConverter());
    }
}
