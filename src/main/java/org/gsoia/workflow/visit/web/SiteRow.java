package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.web.FieldProblemDisplay;

/** One site to be visited, with its point of contact; removable in place. */
class SiteRow extends VerticalLayout {

    private final VisitRequestForm form;
    private final Span title = new Span();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final EmailField contactEmail = new EmailField();

    SiteRow(VisitRequestForm form, SiteData data) {
        this.form = form;
        addClassName("gsoia-row");
        setPadding(false);
        setSpacing(false);
        name.setLabel(form.t("visit.site.name"));
        address.setLabel(form.t("visit.site.address"));
        contactName.setLabel(form.t("visit.site.contactName"));
        contactPhone.setLabel(form.t("visit.site.contactPhone"));
        contactEmail.setLabel(form.t("visit.site.contactEmail"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(form.t("visit.site.remove"));
        remove.setTooltipText(form.t("visit.site.remove"));
        remove.addClickListener(e -> form.remove(this));
        title.addClassName("gsoia-row-title");
        name.setValue(VisitRequestForm.nullToEmpty(data.name()));
        address.setValue(VisitRequestForm.nullToEmpty(data.address()));
        contactName.setValue(VisitRequestForm.nullToEmpty(data.contactName()));
        contactPhone.setValue(VisitRequestForm.nullToEmpty(data.contactPhone()));
        contactEmail.setValue(VisitRequestForm.nullToEmpty(data.contactEmail()));
        FormLayout fields = new FormLayout(name, address, contactName, contactPhone, contactEmail);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setAlignItems(Alignment.CENTER);
        add(head, fields);
    }

    void register(FieldProblemDisplay problems, String prefix, int number, boolean removable) {
        title.setText(form.t("visit.site.title", number));
        remove.setVisible(removable);
        problems.register(prefix + "name", name);
        problems.register(prefix + "address", address);
        problems.register(prefix + "contactName", contactName);
        problems.register(prefix + "contactPhone", contactPhone);
        problems.register(prefix + "contactEmail", contactEmail);
    }

    SiteData getData() {
        return new SiteData(name.getValue(), address.getValue(), contactName.getValue(), contactPhone.getValue(),
                contactEmail.getValue());
    }
}
