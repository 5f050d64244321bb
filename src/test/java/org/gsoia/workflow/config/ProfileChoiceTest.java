package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.gsoia.workflow.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What {@code java -jar} does without a profile, and what development mode may switch on. */
class ProfileChoiceTest {

    @Test
    void theJarWithoutAProfileRefusesToStartAndNamesBothProfiles() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--gsoia.require-profile=true"))
                .isInstanceOf(ProfileChoice.NoProfileChosenException.class)
                .hasMessageContaining("'demo'").hasMessageContaining("'postgres'");
    }

    @Test
    void theRefusalIsReportedWithTheActionToTake() {
        var analysis = new ProfileChoice.Analyzer().analyze(new ProfileChoice.NoProfileChosenException());
        assertThat(analysis.getAction()).contains("--spring.profiles.active=postgres").contains("profiles=demo");
    }

    @Test
    void theH2ConsoleStaysOffEvenWhenDevtoolsSwitchesItOn() throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        // devtools adds its development defaults behind the application's own configuration
        environment.getPropertySources().addLast(new MapPropertySource("devtools",
                Map.of("spring.h2.console.enabled", "true")));
        assertThat(environment.getProperty("spring.h2.console.enabled", Boolean.class)).isFalse();
    }
}
