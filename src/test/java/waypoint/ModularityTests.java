package waypoint;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay apart: each uses only the others' public types and events, and the docs show how. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WaypointApplication.class);

    @Test
    void modules_depend_only_on_what_they_declare() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written_to_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
