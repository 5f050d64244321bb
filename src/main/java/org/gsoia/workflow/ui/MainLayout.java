package org.gsoia.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.Locale;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell around every view: header with product name, DEMO badge and user menu (language, logout), and a
 * side navigation that lists only the views the user's roles allow. Views join it automatically
 * ({@link Layout}) and appear in the navigation through {@code @Menu}, whose title is a translation key.
 * The shell knows no feature: it reads the routes from Vaadin's registry.
 */
@Layout
@AnonymousAllowed
// accessible names for the checkboxes of every multi-select grid (see SelectionLabels)
@JsModule("./components/grid-selection-labels.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final OrganisationDirectory organisations;
    private final SideNav navigation = new SideNav();
    private final com.vaadin.flow.component.Component bell;
    private final AccessAnnotationChecker accessChecker = new AccessAnnotationChecker();

    MainLayout(CurrentUser currentUser, UserDirectory userDirectory, OrganisationDirectory organisations,
               @Value("${gsoia.demo:false}") boolean demo,
               org.gsoia.workflow.notification.Notifications notifications) {
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.organisations = organisations;
        this.bell = currentUser.userId().<com.vaadin.flow.component.Component>map(user ->
                new org.gsoia.workflow.notification.NotificationBell(notifications, user)).orElseGet(Span::new);
        setPrimarySection(Section.DRAWER);
        addClassName("gsoia-shell");
        addToNavbar(true, new DrawerToggle(), productTitle(demo), bell, userMenu());
        addToDrawer(drawerHeader(), new Scroller(navigation), drawerFooter());
        navigation.addClassName("gsoia-nav");
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
    }

    private Component productTitle(boolean demo) {
        Div title = new Div(new Span(getTranslation("app.name")));
        title.addClassName("gsoia-navbar-title");
        if (demo) {
            Span badge = new Span(getTranslation("app.demoBadge"));
            badge.addClassName("gsoia-demo-badge");
            badge.getElement().setAttribute("title", getTranslation("app.demoBadge.tooltip"));
            title.add(badge);
        }
        return title;
    }

    private Component drawerHeader() {
        Header header = new Header(new Span(getTranslation("app.name")), new Span(getTranslation("app.tagline")));
        header.addClassName("gsoia-drawer-header");
        return header;
    }

    private Component drawerFooter() {
        Footer footer = new Footer(new Span(getTranslation("app.agreement")));
        footer.addClassName("gsoia-drawer-footer");
        return footer;
    }

    private Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("gsoia-user-menu");
        currentUser.account().ifPresent(account -> {
            String name = account.displayName();
            Avatar avatar = new Avatar(name);
            avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
            Span label = new Span(name);
            label.addClassName("gsoia-user-name");
            MenuItem root = menu.addItem(new Div(avatar, label));
            root.setId("user-menu");
            SubMenu sub = root.getSubMenu();
            if (account.organisationId() != null) {
                MenuItem organisation = sub.addItem(organisations.displayName(account.organisationId(), getLocale()));
                organisation.setEnabled(false);
            }
            MenuItem language = sub.addItem(getTranslation("menu.language"));
            language.setId("menu-language");
            for (Locale locale : Languages.SUPPORTED) {
                MenuItem item = language.getSubMenu().addItem(Languages.nativeName(locale), e -> switchLanguage(account, locale));
                item.setId("language-" + locale.getLanguage());
                item.setCheckable(true);
                item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            }
            MenuItem password = sub.addItem(getTranslation("menu.password"),
                    e -> getUI().ifPresent(ui -> ui.navigate("account/password")));
            password.setId("menu-password");
            MenuItem logout = sub.addItem(getTranslation("menu.logout"), e -> currentUser.logout());
            logout.setId("menu-logout");
        });
        return menu;
    }

    private void switchLanguage(UserAccount account, Locale locale) {
        userDirectory.changePreferredLocale(account.userId(), locale);
        UserLocaleInitializer.switchSession(locale);
        // a reload rebuilds every component in the new language, keeping the current route
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // rebuilt after each navigation: the menu follows access control and the current language
        navigation.removeAll();
        if (bell instanceof org.gsoia.workflow.notification.NotificationBell notificationBell) {
            notificationBell.refresh();
        }
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> accessChecker.hasAccess(route.getNavigationTarget()))
                .sorted(Comparator.comparingDouble(route -> route.getNavigationTarget().getAnnotation(Menu.class).order()))
                .forEach(route -> navigation.addItem(navigationItem(route)));
    }

    private SideNavItem navigationItem(RouteData route) {
        Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
        SideNavItem item = new SideNavItem(getTranslation(menu.title()), "/" + route.getTemplate());
        if (menu.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", menu.icon().substring("vaadin:".length())));
        }
        return item;
    }
}
