package org.gsoia.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gsoia.workflow.procedure.ProcessVariable;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package rules of the developers' guide, checked on every build (see {@code docs/adding-a-procedure.md}):
 * procedures are small trees behind a public front, shared workplaces know no procedure, engine calls and process
 * variables go through services and the kit, demo data stays in its corner.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.gsoia.workflow";

    /** The procedures of the agreement, each a package with sub-packages behind its public front. */
    static final List<String> PROCEDURES = List.of("visit", "clearance", "breach");

    /** What every procedure builds on: the procedure kit and the shared workplaces. */
    static final List<String> SHARED = List.of("procedure", "task", "casefile", "metrics", "api", "letter", "web");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching(BASE + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule agreement_depends_on_no_feature = noClasses()
            .that().resideInAPackage(BASE + ".agreement..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(Stream.concat(PROCEDURES.stream(),
                    SHARED.stream()).toList()))
            .orShould().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".audit..")
            .because("reference data of the agreement is the foundation every feature builds on");

    @ArchTest
    static final ArchRule language_conventions_depend_on_nothing_of_the_product = noClasses()
            .that().resideInAPackage(BASE + ".language..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(BASE + "..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage(BASE + ".language..")))
            .because("dates and date fields are written alike by reference data, procedures, letters and screens");

    @ArchTest
    static final ArchRule shared_workplaces_know_no_procedure = noClasses()
            .that().resideInAnyPackage(packages(SHARED))
            .or().resideInAnyPackage(BASE + ".ui..", BASE + ".security..", BASE + ".audit..", BASE + ".demo..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(PROCEDURES))
            .because("a procedure plugs into the inbox, the case file and the dashboard, never the other way round");

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
    static final ArchRule process_variables_are_set_through_their_descriptors = noClasses()
            .that().doNotBelongToAnyOf(ProcessVariable.class)
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "it sets a process variable by name",
                    call -> call.getName().startsWith("setVariable")
                            && (call.getTarget().getOwner().isAssignableTo(VariableScope.class)
                            || call.getTarget().getOwner().isAssignableTo(RuntimeService.class)
                            || call.getTarget().getOwner().isAssignableTo(TaskService.class))))
            .because("every variable the models read is declared once, as a ProcessVariable of its procedure");

    @ArchTest
    static final ArchRule demo_data_stays_in_its_corner = noClasses()
            .that().resideOutsideOfPackage(BASE + "..demo..")
            .should().dependOnClassesThat().resideInAPackage(BASE + "..demo..")
            .because("production code never reaches demo data");

    @ArchTest
    static final ArchRule features_use_each_other_only_through_their_public_front = frontRule(BASE);

    /** The front rule is not vacuous: it reports a feature reaching into another's sub-package, and only that. */
    @Test
    void theFrontRuleFailsWhenAFeatureReachesIntoAnotherFeaturesSubPackage() {
        String fixtures = BASE + ".architecture.fixture";
        JavaClasses classes = new ClassFileImporter().importPackages(fixtures);
        assertThat(classes.contain(fixtures + ".casefile.ReachesInside")).isTrue();
        assertThatThrownBy(() -> frontRule(fixtures).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesInside")
                .hasMessageContaining("VisitInternals")
                .hasMessageNotContaining("ReadsTheFront");
    }

    /**
     * A class of one feature uses another feature only through public classes of that feature's top-level package
     * (its front); sub-packages such as {@code visit.web} or {@code visit.process} are the feature's own business.
     */
    static ArchRule frontRule(String base) {
        List<String> features = Stream.concat(PROCEDURES.stream(), SHARED.stream()).toList();
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<>("use another feature only through public classes of its top-level package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> from = feature(base, features, origin);
                            Optional<String> to = feature(base, features, target);
                            if (to.isEmpty() || to.equals(from) || from.isEmpty()) {
                                continue;
                            }
                            boolean front = target.getPackageName().equals(base + "." + to.get())
                                    && target.getModifiers().contains(JavaModifier.PUBLIC);
                            if (!front) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The feature a class belongs to, if it belongs to one of the features. */
    static Optional<String> feature(String base, List<String> features, JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(base + ".")) {
            return Optional.empty();
        }
        String first = name.substring(base.length() + 1).split("\\.")[0];
        return features.contains(first) ? Optional.of(first) : Optional.empty();
    }

    private static String[] packages(List<String> features) {
        return features.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new);
    }
}
