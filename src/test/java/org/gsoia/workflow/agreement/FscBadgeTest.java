package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A badge's colour means one thing, and its words say why. */
class FscBadgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** Echoes keys and arguments, so the test sees which text was chosen without a bundle. */
    private final Div translator = new Div() {
        @Override
        public String getTranslation(String key, Object... arguments) {
            return key + java.util.Arrays.toString(arguments);
        }
    };

    private Span badge(FscStatus status, LocalDate expires) {
        FacilityEntry facility = new FacilityEntry("F", "O", "JP", "工場", "Works", "Kōjō", Locale.JAPANESE, "Nagoya",
                "JP-HI", status, expires);
        return FscBadge.of(facility, TODAY, 90, translator, Locale.GERMAN);
    }

    @Test
    void aClearanceValidBeyondTheAttentionPeriodIsGreenAndSaysUntilWhen() {
        Span badge = badge(FscStatus.VALID, LocalDate.of(2027, 6, 30));
        assertThat(badge.getElement().getThemeList()).contains("success");
        assertThat(badge.getText()).isEqualTo("fsc.badge.validUntil[30.06.2027]");
    }

    @Test
    void aClearanceExpiringWithinTheAttentionPeriodIsAmberAndSaysWhen() {
        Span badge = badge(FscStatus.VALID, LocalDate.of(2027, 1, 31));
        assertThat(badge.getElement().getThemeList()).contains("contrast").doesNotContain("error", "success");
        assertThat(badge.getText()).isEqualTo("fsc.badge.expiring[60, 31.01.2027]");
    }

    @Test
    void aClearanceThatDoesNotAllowClassifiedWorkIsRedAndSaysWhy() {
        assertThat(badge(FscStatus.SUSPENDED, LocalDate.of(2027, 6, 30)).getText()).isEqualTo("fsc.status.SUSPENDED[]");
        Span expired = badge(FscStatus.VALID, LocalDate.of(2026, 11, 30));
        assertThat(expired.getElement().getThemeList()).contains("error");
        assertThat(expired.getText()).isEqualTo("fsc.badge.expired[30.11.2026]");
    }
}
