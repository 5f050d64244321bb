package org.gsoia.workflow.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.FieldProblem;

/**
 * Puts the server's {@link FieldProblem}s next to the fields they concern: every field registers under its path
 * ({@code startDate}, {@code visitors[1].passportNumber}); problems of unregistered paths are returned for a
 * summary so that none is lost.
 */
public class FieldProblemDisplay {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Component translator;
    private final Locale locale;

    public FieldProblemDisplay(Component translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    public void register(String path, HasValidation field) {
        fields.put(path, field);
    }

    public void unregisterPrefix(String prefix) {
        fields.keySet().removeIf(path -> path.startsWith(prefix));
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows the problems; returns the texts of those no field could show. */
    public List<String> show(List<FieldProblem> problems) {
        clear();
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            field.setErrorMessage(text(problem));
            field.setInvalid(true);
            return false;
        }).map(this::text).toList();
    }

    String text(FieldProblem problem) {
        Object[] arguments = problem.arguments().stream().map(this::localized).toArray();
        return translator.getTranslation(problem.messageKey(), arguments);
    }

    private Object localized(Object argument) {
        return argument instanceof LocalDate date
                ? Dates.shortFormatter(locale).format(date)
                : argument;
    }

}
