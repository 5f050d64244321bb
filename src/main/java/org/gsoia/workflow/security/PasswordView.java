package org.gsoia.workflow.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** Every user changes their own password here (user menu → "Change password"). */
@Route("account/password")
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final Passwords passwords;
    private final String userId;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final UnorderedList rules = new UnorderedList();
    private final Paragraph rulesCaption = new Paragraph();

    PasswordView(Passwords passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("password.new"));
        next.setId("password-new");
        next.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        next.addValueChangeListener(e -> showRules(passwords.unmetRules(userId, e.getValue())));
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        for (PasswordField field : List.of(current, next, repeated)) {
            field.setWidth("22em");
            field.setRequiredIndicatorVisible(true);
        }
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rules.setId("password-rules");
        showRules(passwords.unmetRules(userId, ""));
        rulesCaption.setId("password-rules-caption");
        rulesCaption.getStyle().set("margin-bottom", "0");
        rules.getStyle().set("margin-top", "var(--lumo-space-xs)");
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.lead")), current, next,
                rulesCaption, rules, repeated, save);
    }

    private void showRules(List<PasswordPolicyRule> unmet) {
        rulesCaption.setText(getTranslation(unmet.isEmpty() ? "password.rules.met" : "password.rules.missing"));
        rules.removeAll();
        unmet.forEach(rule -> rules.add(new ListItem(ruleText(rule))));
    }

    private String ruleText(PasswordPolicyRule rule) {
        var parameters = rule.getParameters() == null ? java.util.Map.<String, String>of() : rule.getParameters();
        return getTranslation("password.rule." + rule.getPlaceholder(),
                parameters.values().stream().findFirst().orElse(""));
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeated.setInvalid(false);
        try {
            passwords.change(userId, current.getValue(), next.getValue(), repeated.getValue());
            for (PasswordField field : List.of(current, next, repeated)) {
                field.clear();
                // cleared after a success: empty is not an error here
                field.setInvalid(false);
            }
            Notification.show(getTranslation("password.changed"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Passwords.ChangeRefused refused) {
            switch (refused.reason()) {
                case WRONG_CURRENT -> refuse(current, getTranslation("password.error.current"));
                case MISMATCH -> refuse(repeated, getTranslation("password.error.mismatch"));
                case SAME_AS_CURRENT -> refuse(next, getTranslation("password.error.same"));
                case POLICY -> refuse(next, getTranslation("password.error.policy",
                        refused.rules().stream().map(this::ruleText).collect(Collectors.joining("; "))));
            }
        }
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }
}
