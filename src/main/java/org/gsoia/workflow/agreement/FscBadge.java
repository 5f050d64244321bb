package org.gsoia.workflow.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.gsoia.workflow.language.Dates;

/**
 * A facility's security clearance as a badge whose colour means one thing everywhere, and whose words say why:
 * green "valid until …", amber "valid, expires in … days" within the configured attention period, red "suspended",
 * "expired on …" and every other state that does not allow classified work.
 */
public final class FscBadge {

    private FscBadge() {
    }

    public static Span of(FacilityEntry facility, LocalDate today, int attentionDays, Component translator,
                          Locale locale) {
        LocalDate expires = facility.fscExpiresOn();
        boolean expired = expires != null && expires.isBefore(today);
        Span badge;
        String theme;
        if (facility.fscStatus() != FscStatus.VALID || expired) {
            badge = new Span(expired && facility.fscStatus() == FscStatus.VALID
                    ? translator.getTranslation("fsc.badge.expired", Dates.format(expires, locale))
                    : translator.getTranslation("fsc.status." + (facility.fscStatus() == null ? "NONE"
                    : facility.fscStatus().name())));
            theme = "badge error";
        } else if (expires != null && !expires.isAfter(today.plusDays(attentionDays))) {
            badge = new Span(translator.getTranslation("fsc.badge.expiring", ChronoUnit.DAYS.between(today, expires),
                    Dates.format(expires, locale)));
            theme = "badge contrast";
        } else {
            badge = new Span(expires == null ? translator.getTranslation("fsc.status.VALID")
                    : translator.getTranslation("fsc.badge.validUntil", Dates.format(expires, locale)));
            theme = "badge success";
        }
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("gsoia-fsc-badge");
        return badge;
    }
}
