package org.gsoia.workflow.audit;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.Role;

/** The audit trail for administrators: newest first, lazily paged and sorted in the database. */
@Route("audit")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    AuditTrailView(AuditLog auditLog, AuditChainVerification verification, AuthenticationContext authentication) {
        addClassName("gsoia-view");
        setPadding(false);
        setSizeFull();
        Paragraph lead = new Paragraph(getTranslation("audit.lead"));
        lead.addClassName("gsoia-lead");

        DateTimeFormatter time = Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.systemDefault());
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.addClassName("gsoia-grid");
        // the chain's order is the order of record; the time only to the minute here
        var number = grid.addColumn(AuditEvent::getChainSeq).setHeader(getTranslation("audit.chainSeq"))
                .setSortProperty("chainSeq").setWidth("6em").setFlexGrow(0);
        grid.addColumn(e -> time.format(e.getOccurredAt()))
                .setHeader(getTranslation("audit.occurredAt")).setSortProperty("occurredAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getUserId).setHeader(getTranslation("audit.user")).setSortProperty("userId")
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setWidth("14em").setFlexGrow(2);
        grid.addColumn(AuditEvent::getSubject).setHeader(getTranslation("audit.subject")).setWidth("10em")
                .setFlexGrow(1);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setWidth("10em")
                .setFlexGrow(2);
        grid.addColumn(AuditEvent::getClientAddress).setHeader(getTranslation("audit.clientAddress"))
                .setWidth("9em").setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> auditLog.page(toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(number, SortDirection.DESCENDING)));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        // Vaadin's authentication context, not the security package's: that package records its own events here
        String adminId = authentication.getPrincipalName().orElseThrow();
        Paragraph chain = new Paragraph();
        chain.setId("audit-chain-result");
        Button verify = new Button(getTranslation("audit.verify"), e -> {
            AuditChainVerification.Result result = verification.verifyFor(adminId);
            chain.setText(result.intact()
                    ? getTranslation("audit.verify.intact", result.eventsChecked(), result.head().lastSeq(),
                            result.head().lastHash())
                    : getTranslation("audit.verify.broken", result.firstBrokenSeq(), result.problem(),
                            result.eventId() == null ? "–" : result.eventId()));
            chain.getElement().getThemeList().set("badge", true);
            chain.getElement().getThemeList().set("error", !result.intact());
            chain.getElement().getThemeList().set("success", result.intact());
        });
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor head = new Anchor(DownloadHandler.fromInputStream(event -> {
            AuditChainVerification.Head latest = verification.headFor(adminId);
            byte[] text = ("GSOIA Workflow audit chain head\nsequence: " + latest.lastSeq() + "\nsha256: "
                    + latest.lastHash() + "\nread at: " + latest.readAt() + "\n").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), "audit-chain-head-" + latest.lastSeq() + ".txt",
                    "text/plain", text.length);
        }), getTranslation("audit.head.download"));
        head.setId("audit-head-download");
        HorizontalLayout actions = new HorizontalLayout(verify, head);
        actions.setAlignItems(Alignment.CENTER);

        add(new H2(getTranslation("nav.audit")), lead, actions, chain, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }
}
