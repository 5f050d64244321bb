package org.gsoia.workflow.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;

/**
 * The login page. The form posts to Spring Security's {@code /login}; the language links only change the
 * page's language (the user's stored choice takes over after login).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE);

    private final LoginForm form = new LoginForm();

    LoginView(@Value("${gsoia.demo:false}") boolean demo) {
        addClassName("gsoia-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div card = new Div();
        card.addClassName("gsoia-login-card");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("gsoia-login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("gsoia-login-tagline");
        card.add(title, tagline, form, languageLinks());
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("gsoia-login-demo-hint");
            card.add(hint);
        }
        add(card);
    }

    private HorizontalLayout languageLinks() {
        HorizontalLayout links = new HorizontalLayout();
        links.addClassName("gsoia-login-languages");
        for (Locale locale : LANGUAGES) {
            String name = locale.getDisplayLanguage(locale);
            name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            if (locale.getLanguage().equals(getLocale().getLanguage())) {
                Span current = new Span(name);
                current.addClassName("current");
                links.add(current);
            } else {
                Anchor link = new Anchor("login?lang=" + locale.getLanguage(), name);
                link.setId("login-lang-" + locale.getLanguage());
                links.add(link);
            }
        }
        return links;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> lang = parameters.get("lang");
        if (lang != null && !lang.isEmpty()) {
            Locale requested = LANGUAGES.stream().filter(l -> l.getLanguage().equals(lang.get(0))).findFirst()
                    .orElse(Locale.ENGLISH);
            if (!requested.getLanguage().equals(getLocale().getLanguage())) {
                VaadinSession.getCurrent().setLocale(requested);
                UI.getCurrent().getPage().setLocation("login");
                return;
            }
        }
        form.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
