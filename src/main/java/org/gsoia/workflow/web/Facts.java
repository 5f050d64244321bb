package org.gsoia.workflow.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A case page's labelled facts ("Level: GEHEIM · DE — 極秘 · JP"), laid out by the theme's {@code gsoia-facts}. */
public class Facts extends Div {

    public Facts() {
        addClassName("gsoia-facts");
    }

    /** Adds a fact under the translated label; null shows as empty. */
    public void fact(String labelKey, String value) {
        fact(labelKey, new Span(value == null ? "" : value));
    }

    public void fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        add(new Div(label, value));
    }
}
