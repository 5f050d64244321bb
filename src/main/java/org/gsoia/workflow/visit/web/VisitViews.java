package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.visit.VisitChecks;
import org.gsoia.workflow.visit.VisitStatus;

/** Small pieces the visit screens share. */
final class VisitViews {

    private VisitViews() {
    }

    /** Translation key of a user task (step) of visit-request.bpmn, by its task definition key. */
    public static String taskLabelKey(String taskKey) {
        return "visit.task." + taskKey;
    }

    /** The request's own page ({@link VisitRequestView}). */
    public static String page(String reference) {
        return "visits/" + reference;
    }

    /** Problems that belong to no single field (e.g. "no visitors"), listed above the submit button. */
    static void showSummary(Div summary, List<String> texts, Component translator) {
        summary.removeAll();
        summary.setVisible(!texts.isEmpty());
        if (!texts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            texts.forEach(text -> list.add(new ListItem(text)));
            summary.add(new Span(translator.getTranslation("visit.problems")), list);
        }
    }

    static String date(LocalDate date, Locale locale) {
        return Dates.format(date, locale);
    }

    static Span statusBadge(VisitStatus status, Component translator) {
        Span badge = new Span(translator.getTranslation("visit.status." + status.name()));
        String theme = switch (status) {
            case APPROVED, COMPLETED -> "badge success";
            case REJECTED, CANCELLED, EXPIRED, SUSPENDED, APPROVAL_WITHDRAWN -> "badge error";
            case CORRECTION_NEEDED, INFORMATION_REQUESTED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** When the decision came and whether on time: "18.12.2026 – on time" or "… – 3 working days late". */
    static String timing(VisitChecks.DecisionTiming timing, Locale locale, Component translator) {
        String day = date(timing.decidedOn(), locale);
        return timing.workingDaysLate() == 0 ? translator.getTranslation("visit.decided.onTime", day)
                : translator.getTranslation("visit.decided.late", day, timing.workingDaysLate(),
                        date(timing.due(), locale));
    }

    /** Who holds the case now, in the domain's words (for "My requests"). */
    static String holder(VisitStatus status, Component translator) {
        return translator.getTranslation("visit.holder." + status.name());
    }
}
