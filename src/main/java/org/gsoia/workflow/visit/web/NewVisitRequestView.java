package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.visit.VisitDrafts;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;

/** The applicant files a new request for visit. Nothing is saved unless every rule is met. */
@Route("visits/new")
@RolesAllowed(Role.APPLICANT_ROLE)
@Menu(order = 50, title = "nav.visitNew", icon = "vaadin:file-add")
class NewVisitRequestView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final VisitRequests visitRequests;
    private final VisitDrafts drafts;
    private final String userId;
    private Long draftId;
    private final VisitRequestForm form;
    private final Div summary = new Div();

    NewVisitRequestView(VisitRequests visitRequests, VisitDrafts drafts, VisitForms forms, CurrentUser currentUser) {
        this.visitRequests = visitRequests;
        this.drafts = drafts;
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
        Button saveDraft = new Button(getTranslation("visit.draft.save"), e -> saveDraft());
        saveDraft.setId("save-visit-draft");
        add(new H2(getTranslation("nav.visitNew")), lead, form, summary, new HorizontalLayout(submit, saveDraft));
    }

    /** {@code ?draft=<id>} continues one of the user's drafts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("draft").ifPresent(id -> {
            try {
                long requested = Long.parseLong(id);
                drafts.load(requested, userId).ifPresent(data -> {
                    form.setData(data);
                    draftId = requested;
                });
            } catch (NumberFormatException notADraft) {
                // an unknown draft opens an empty form, like a draft of someone else
            }
        });
    }

    private void saveDraft() {
        draftId = drafts.save(draftId, form.getData(), userId);
        Notification.show(getTranslation("visit.draft.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void submit() {
        try {
            VisitRequest request = visitRequests.submit(form.getData(), userId);
            if (draftId != null) {
                drafts.delete(draftId, userId);
            }
            Notification.show(getTranslation("visit.submitted", request.getReference()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(VisitViews.page(request.getReference())));
        } catch (InvalidVisitRequestException invalid) {
            VisitViews.showSummary(summary, form.showProblems(invalid.problems()), this);
            long fields = invalid.problems().stream().map(FieldProblem::field).distinct().count();
            Notification.show(getTranslation("visit.invalid", fields), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visitNew") + " – " + getTranslation("app.name");
    }
}
