package org.gsoia.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.security.CurrentUser;

/**
 * Shown for unknown pages and for pages the user's role does not allow (Vaadin reroutes a denied access to
 * "not found", so a crafted URL does not even reveal that a page exists).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotAvailableView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final transient AuditLog auditLog;
    private final transient CurrentUser currentUser;

    NotAvailableView(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        addClassNames("gsoia-view", "gsoia-not-available");
        setPadding(false);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        // a page the user may not see and one that does not exist look the same, and both are recorded
        auditLog.record(currentUser.userId().orElse(null), "NOT_AVAILABLE", "/" + event.getLocation().getPath(),
                null);
        Paragraph text = new Paragraph(getTranslation("error.notFound.text"));
        text.addClassName("gsoia-lead");
        Anchor home = new Anchor("", getTranslation("error.notFound.home"));
        home.getElement().setAttribute("router-link", true);
        add(new H2(getTranslation("error.notFound.title")), text, home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
