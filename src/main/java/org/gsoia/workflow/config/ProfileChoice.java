package org.gsoia.workflow.config;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start unless the operator chose what this installation is: {@code demo} (embedded database, demo cast
 * with well-known passwords) or {@code postgres} (production). A default would either seed known passwords into
 * production or leave a developer's machine without users, so there is none.
 */
public class ProfileChoice implements EnvironmentPostProcessor {

    static final List<String> PROFILES = List.of("demo", "postgres");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // test slices (@WebMvcTest and the like) run without a profile: src/test/resources turns the check off there
        if (environment.getProperty("gsoia.require-profile", Boolean.class, true)
                && Arrays.stream(environment.getActiveProfiles()).noneMatch(PROFILES::contains)) {
            throw new NoProfileChosenException();
        }
    }

    static class NoProfileChosenException extends IllegalStateException {
        NoProfileChosenException() {
            super("No profile chosen: start GSOIA Workflow with the profile 'demo' (embedded H2 database and demo users"
                    + " with the password 'demo') or 'postgres' (production database from SPRING_DATASOURCE_URL)");
        }
    }

    /** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<NoProfileChosenException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NoProfileChosenException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "Choose a profile, e.g. java -jar gsoia-workflow.jar --spring.profiles.active=postgres,"
                            + " SPRING_PROFILES_ACTIVE=postgres, or ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo",
                    cause);
        }
    }
}
