package org.gsoia.workflow.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The models in {@code processes/} and the code agree on every process variable. Each process is described by a
 * constants class of its procedure (a class with {@code PROCESS_KEY} and {@code VARIABLES}, e.g. {@code VisitProcess}),
 * and code writes variables only through those {@link ProcessVariable}s. This test fails, naming the variable:
 * <ul>
 *   <li>when a model reads a variable that the procedure does not declare (so no code writes it);</li>
 *   <li>when the procedure declares a variable that no model reads and no code reads either;</li>
 *   <li>when a declared variable is never touched by main code outside its constants class (declared, never written);</li>
 *   <li>when a variable that a business rule task should produce is not a result variable of the model.</li>
 * </ul>
 */
class ProcessModelVariablesTest {

    private static final String BASE = "org.gsoia.workflow";
    private static List<ModelVariables.Process> processes;
    private static JavaClasses mainCode;

    @BeforeAll
    static void readModelsAndCode() throws Exception {
        processes = ModelVariables.read(Path.of("processes"));
        mainCode = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyExecutableProcessHasItsConstantsClass() {
        assertThat(processes).as("models in processes/").isNotEmpty();
        for (ModelVariables.Process process : processes) {
            assertThat(constantsOf(process.key()))
                    .as("a class of the procedure declaring PROCESS_KEY = \"%s\" and VARIABLES", process.key())
                    .isPresent();
        }
    }

    @Test
    void everyVariableAModelReadsIsWrittenByTheCodeOrTheModel() {
        List<String> unknown = new ArrayList<>();
        for (ModelVariables.Process process : processes) {
            Set<String> known = declared(process).keySet();
            Set<String> writtenByModel = process.writtenNames();
            for (ModelVariables.Use read : process.reads()) {
                if (!known.contains(read.variable()) && !writtenByModel.contains(read.variable())) {
                    unknown.add("'" + read.variable() + "' read by " + read + ", but no code writes it (not in "
                            + constantsName(process) + ".VARIABLES)");
                }
            }
        }
        assertThat(unknown).as("variables the models read that nobody writes").isEmpty();
    }

    @Test
    void everyVariableTheCodeWritesIsReadByAModelOrByTheCode() {
        List<String> unread = new ArrayList<>();
        for (ModelVariables.Process process : processes) {
            Set<String> read = process.readNames();
            declared(process).forEach((name, variable) -> {
                if (!variable.readByCode() && !read.contains(name)) {
                    unread.add("'" + name + "' (written at " + variable.writer() + ", " + constantsName(process)
                            + ") is read by no model of " + process.key());
                }
            });
        }
        assertThat(unread).as("variables written and never read").isEmpty();
    }

    @Test
    void ruleResultsAreResultVariablesOfTheModel() {
        List<String> missing = new ArrayList<>();
        for (ModelVariables.Process process : processes) {
            declared(process).forEach((name, variable) -> {
                if (variable.writer() == ProcessVariable.Writer.RULE && !process.writtenNames().contains(name)) {
                    missing.add("'" + name + "' should be a business rule task's result variable in " + process.model());
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyVariableTheCodeDeclaresIsWrittenByMainCode() {
        List<String> unused = new ArrayList<>();
        for (ModelVariables.Process process : processes) {
            Class<?> constants = constantsOf(process.key()).orElseThrow();
            JavaClass owner = mainCode.get(constants);
            declared(process).forEach((name, variable) -> {
                if (variable.writer() == ProcessVariable.Writer.RULE) {
                    return; // the model writes it
                }
                JavaField field = owner.getFields().stream().filter(f -> valueOf(f.reflect()) == variable)
                        .findFirst().orElseThrow();
                boolean used = field.getAccessesToSelf().stream()
                        .anyMatch(access -> !access.getOriginOwner().equals(owner));
                if (!used) {
                    unused.add(constants.getSimpleName() + "." + field.getName() + " ('" + name
                            + "') is declared, but no main code writes it");
                }
            });
        }
        assertThat(unused).isEmpty();
    }

    /** The procedure's declared variables by name. */
    private static Map<String, ProcessVariable<?>> declared(ModelVariables.Process process) {
        Class<?> constants = constantsOf(process.key()).orElseThrow(() ->
                new AssertionError("No constants class for process " + process.key()));
        List<?> variables = (List<?>) staticValue(constants, "VARIABLES");
        Map<String, ProcessVariable<?>> byName = new LinkedHashMap<>();
        for (Object variable : variables) {
            ProcessVariable<?> declared = (ProcessVariable<?>) variable;
            byName.put(declared.name(), declared);
        }
        return byName;
    }

    private static String constantsName(ModelVariables.Process process) {
        return constantsOf(process.key()).map(Class::getSimpleName).orElse("?");
    }

    private static Optional<Class<?>> constantsOf(String processKey) {
        return mainCode.stream()
                .filter(c -> c.getFields().stream().anyMatch(f -> f.getName().equals("PROCESS_KEY")
                        && f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)))
                .map(JavaClass::reflect)
                .filter(c -> processKey.equals(staticValue(c, "PROCESS_KEY")))
                .filter(c -> hasStatic(c, "VARIABLES"))
                .findFirst();
    }

    private static boolean hasStatic(Class<?> type, String name) {
        try {
            return Modifier.isStatic(type.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object staticValue(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object valueOf(Field field) {
        try {
            return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
