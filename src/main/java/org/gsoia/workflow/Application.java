package org.gsoia.workflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * GSOIA Workflow: case management for the procedures of the Japan–Germany
 * Agreement on the Security of Information (visit requests, facility clearances,
 * breach notifications), driven by Camunda 7 with a Vaadin UI.
 */
@SpringBootApplication
@Theme("gsoia")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
