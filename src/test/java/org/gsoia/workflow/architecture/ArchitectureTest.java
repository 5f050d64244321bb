package org.gsoia.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The package-by-feature rules of DEVELOPERS.md, checked on every build. */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.gsoia.workflow";

    /** The procedures and the shared features built on top of them. */
    static final List<String> FEATURES = List.of("visit", "clearance", "breach", "task", "casefile", "metrics");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching(BASE + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule agreement_depends_on_no_feature = noClasses()
            .that().resideInAPackage(BASE + ".agreement..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    FEATURES.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new))
            .orShould().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".audit..")
            .because("reference data of the agreement is the foundation every feature builds on");

    @ArchTest
    static final ArchRule views_and_controllers_do_not_drive_the_engine = noClasses()
            .that().areAssignableTo(Component.class)
            .or().areAnnotatedWith(RestController.class)
            .or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
            .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
            .orShould().dependOnClassesThat().areAssignableTo(FormService.class)
            .because("engine calls go through services, which check need-to-know and write the audit trail");

    @ArchTest
    static final ArchRule features_use_each_other_only_through_their_public_front = classes()
            .that().resideInAPackage(BASE + "..")
            .should(new ArchCondition<>("use another feature only through public classes of its top-level package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        Optional<String> from = feature(origin);
                        Optional<String> to = feature(target);
                        if (to.isEmpty() || to.equals(from) || from.isEmpty()) {
                            continue;
                        }
                        boolean front = target.getPackageName().equals(BASE + "." + to.get())
                                && target.getModifiers().contains(JavaModifier.PUBLIC);
                        if (!front) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    /** The feature a class belongs to, if it belongs to one of {@link #FEATURES}. */
    static Optional<String> feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return Optional.empty();
        }
        String first = name.substring(BASE.length() + 1).split("\\.")[0];
        return FEATURES.contains(first) ? Optional.of(first) : Optional.empty();
    }

}
