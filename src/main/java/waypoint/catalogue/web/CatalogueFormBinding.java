package waypoint.catalogue.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The catalogue's page forms are request records bound through their constructor only: a posted name the form does
 * not ask ("minSessionsPerMonth[0]") is ignored, as the rows read by {@link FormRows} ignore one, never a server error.
 */
@ControllerAdvice(basePackageClasses = CatalogueFormBinding.class)
class CatalogueFormBinding {

    @InitBinder("form")
    void byConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
