package nl.matchpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MatchpuntApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Path.of("target/modulith-docs/components.puml")).exists();
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "organisations", "geography", "audit");
    }
}
