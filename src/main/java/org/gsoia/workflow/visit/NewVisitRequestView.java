package org.gsoia.workflow.visit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/** The applicant files a new request for visit. Nothing is saved unless every rule is met. */
@Route("visits/new")
@RolesAllowed(Role.APPLICANT_ROLE)
@Menu(order = 50, title = "nav.visitNew", icon = "vaadin:file-add")
class NewVisitRequestView extends VerticalLayout implements HasDynamicTitle {

    private final VisitRequests visitRequests;
    private final String userId;
    private final VisitRequestForm form;
    private final Div summary = new Div();

    NewVisitRequestView(VisitRequests visitRequests, VisitForms forms, CurrentUser currentUser) {
        this.visitRequests = visitRequests;
        this.userId = currentUser.userId().orElseThrow();
        addClassNames("gsoia-view", "gsoia-visit-new");
        setPadding(false);
        form = new VisitRequestForm(forms.contextFor(userId, getLocale()));
        Paragraph lead = new Paragraph(getTranslation("visit.new.lead"));
        lead.addClassName("gsoia-lead");
        summary.addClassName("gsoia-problem-summary");
        summary.setVisible(false);
        Button submit = new Button(getTranslation("visit.submit"), e -> submit());
        submit.setId("submit-visit-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        add(new H2(getTranslation("nav.visitNew")), lead, form, summary, submit);
    }

    private void submit() {
        try {
            VisitRequest request = visitRequests.submit(form.getData(), userId);
            Notification.show(getTranslation("visit.submitted", request.getReference()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("visits/" + request.getReference()));
        } catch (InvalidVisitRequestException invalid) {
            VisitViews.showSummary(summary, form.showProblems(invalid.problems()), this);
            Notification.show(getTranslation("visit.invalid", invalid.problems().size()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visitNew") + " – " + getTranslation("app.name");
    }
}
