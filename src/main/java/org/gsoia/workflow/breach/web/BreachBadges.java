package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.gsoia.workflow.breach.BreachCase;

/** A case's status and classification as badges, the same in the list and on the case page. */
final class BreachBadges {

    private BreachBadges() {
    }

    static Span status(BreachCase breach, Component translator) {
        Span badge = new Span(translator.getTranslation("breach.status." + breach.getStatus().name()));
        badge.getElement().getThemeList().add(switch (breach.getStatus()) {
            case CLOSED -> "badge success";
            case REPORTED -> "badge error";
            default -> "badge";
        });
        return badge;
    }

    static Span classification(BreachCase breach, Component translator) {
        Span badge = new Span(translator.getTranslation("breach.classification."
                + breach.getClassification().name()));
        badge.getElement().getThemeList().add(switch (breach.getClassification()) {
            case CONFIRMED -> "badge error";
            case NOT_A_BREACH -> "badge contrast";
            default -> "badge";
        });
        return badge;
    }
}
