package org.gsoia.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscSummary;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.task.DueState;
import org.gsoia.workflow.task.InboxFilter;
import org.gsoia.workflow.task.InboxScope;
import org.gsoia.workflow.task.TaskInbox;

/**
 * The first page after login: who the user is (organisation, party) and, per role, what the user can do
 * next, with the facts that matter for it.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final Agreements agreement;
    private final OrganisationDirectory organisations;
    private final FacilityRegister facilities;
    private final DualMarkingFormatter marking;

    private final TaskInbox inbox;

    HomeView(CurrentUser currentUser, Agreements agreement, OrganisationDirectory organisations,
             FacilityRegister facilities, DualMarkingFormatter marking, TaskInbox inbox) {
        this.agreement = agreement;
        this.inbox = inbox;
        this.organisations = organisations;
        this.facilities = facilities;
        this.marking = marking;
        addClassNames("gsoia-view", "gsoia-home");
        setPadding(false);
        currentUser.account().ifPresent(this::build);
    }

    private void build(UserAccount account) {
        add(new H2(getTranslation("home.greeting", account.displayName())));
        OrganisationSummary organisation = account.organisationId() == null ? null
                : organisations.find(account.organisationId()).orElse(null);
        if (organisation != null) {
            Paragraph lead = new Paragraph(organisation.displayName(getLocale()) + " · "
                    + organisations.partyName(organisation.partyCode(), getLocale()));
            lead.addClassName("gsoia-lead");
            add(lead);
        }
        H3 next = new H3(getTranslation("home.next"));
        next.addClassName("gsoia-section-title");
        add(next);

        Div cards = new Div();
        cards.addClassName("gsoia-cards");
        if (account.hasRole(Role.APPLICANT) || account.hasRole(Role.HOST_FACILITY) || account.hasRole(Role.AUTHORITY)) {
            int waiting = inbox.count(account.userId(), InboxFilter.all());
            int overdue = inbox.count(account.userId(), new InboxFilter(InboxScope.ALL, null, null, DueState.OVERDUE, null));
            cards.add(card(getTranslation("home.inbox.title"), getTranslation("home.inbox.text",
                    Math.min(waiting, TaskInbox.COUNT_LIMIT), Math.min(overdue, TaskInbox.COUNT_LIMIT)),
                    List.of(link("inbox", "home.inbox.link"))));
        }
        if (account.hasRole(Role.APPLICANT) || account.hasRole(Role.HOST_FACILITY)) {
            String key = account.hasRole(Role.APPLICANT) ? "home.applicant" : "home.facility";
            cards.add(card(getTranslation(key + ".clearances.title"), getTranslation(key + ".clearances.text"),
                    organisation == null ? List.of() : facilityLines(organisation)));
            cards.add(card(getTranslation("home.levels.title"), getTranslation(key + ".levels.text"),
                    List.of(link("levels", "home.levels.link"))));
            cards.add(card(getTranslation("home.calendar.title"), getTranslation("home.calendar.text"),
                    List.of(link("calendar", "home.calendar.link"))));
        }
        if (account.hasRole(Role.AUTHORITY)) {
            long all = facilities.count(null, null);
            long attention = facilities.countNeedingAttention();
            cards.add(card(getTranslation("home.authority.register.title"),
                    getTranslation("home.authority.register.text", all, attention, facilities.attentionDays()),
                    List.of(link("facilities", "home.authority.register.link"))));
            cards.add(card(getTranslation("home.authorities.title"), getTranslation("home.authorities.text"),
                    List.of(link("authorities", "home.authorities.link"))));
            cards.add(card(getTranslation("home.levels.title"), getTranslation("home.authority.levels.text"),
                    List.of(link("levels", "home.levels.link"))));
        }
        if (account.hasRole(Role.MANAGER)) {
            List<Component> lines = facilities.summaryByParty().stream()
                    .map(this::summaryLine).toList();
            cards.add(card(getTranslation("home.manager.summary.title"), getTranslation("home.manager.summary.text"), lines));
            cards.add(card(getTranslation("home.authorities.title"), getTranslation("home.authorities.text"),
                    List.of(link("authorities", "home.authorities.link"))));
            cards.add(card(getTranslation("home.calendar.title"), getTranslation("home.calendar.text"),
                    List.of(link("calendar", "home.calendar.link"))));
        }
        if (account.hasRole(Role.ADMIN)) {
            cards.add(card(getTranslation("home.admin.engine.title"), getTranslation("home.admin.engine.text"),
                    List.of(external("camunda/app/cockpit/default/", "home.admin.cockpit"),
                            external("camunda/app/admin/default/", "home.admin.users"))));
            cards.add(card(getTranslation("home.admin.audit.title"), getTranslation("home.admin.audit.text"),
                    List.of(link("audit", "home.admin.audit.link"))));
            cards.add(card(getTranslation("home.admin.monitoring.title"), getTranslation("home.admin.monitoring.text"),
                    List.of(external("actuator/health", "home.admin.health"),
                            external("actuator/prometheus", "home.admin.prometheus"))));
        }
        add(cards);
    }

    private List<Component> facilityLines(OrganisationSummary organisation) {
        List<FacilityEntry> own = facilities.ofOrganisation(organisation.id());
        if (own.isEmpty()) {
            return List.of(new Span(getTranslation("home.facilities.none")));
        }
        String recipient = agreement.otherParty(organisation.partyCode());
        DateTimeFormatter dates = Dates.shortFormatter(getLocale());
        return own.stream().<Component>map(f -> {
            Div line = new Div();
            line.addClassName("gsoia-facility-line");
            Span name = new Span(f.displayName(getLocale()));
            name.addClassName("gsoia-facility-name");
            Span level = new Span(f.fscLevelId() == null ? getTranslation("facility.noLevel")
                    : marking.format(agreement.currentId(), f.fscLevelId(), recipient, getLocale()));
            level.addClassName("gsoia-marking");
            Div state = new Div(facilities.badge(f, this, getLocale()));
            state.addClassName("gsoia-facility-state");
            line.add(name, level, state);
            return line;
        }).toList();
    }

    private Component summaryLine(FscSummary summary) {
        Div line = new Div(new Span(organisations.partyName(summary.partyCode(), getLocale()) + ": "),
                new Span(getTranslation("home.manager.summary.line", summary.facilities(), summary.valid(),
                        summary.needingAttention())));
        line.addClassName("gsoia-summary-line");
        return line;
    }

    private Component card(String title, String text, List<? extends Component> content) {
        Div card = new Div(new H3(title), new Paragraph(text));
        card.addClassName("gsoia-card");
        content.forEach(card::add);
        return card;
    }

    private Component link(String route, String key) {
        // a router link by path: the target views belong to features this shell must not depend on
        Anchor link = new Anchor(route, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        return new Div(link);
    }

    private Component external(String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setRouterIgnore(true);
        return new Div(anchor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " – " + getTranslation("app.name");
    }
}
