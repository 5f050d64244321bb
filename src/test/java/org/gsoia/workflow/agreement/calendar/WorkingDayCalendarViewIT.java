package org.gsoia.workflow.agreement.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The working-day calendar in a browserless UI, for a Japanese officer, who sees it in Japanese. */
@GsoiaSpringTest
class WorkingDayCalendarViewIT {

    private static final String YEAR_END = "年末年始の休日（行政機関の休日）";

    @Autowired ApplicationContext context;
    @Autowired DemoClock demoClock;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    /** A new view each time, so that it reads "today" from the clock as it is now. */
    private void openCalendarOf(String partyCode) {
        KaribuLogin.loginAndOpen(context, "officer.jp1");
        UI.getCurrent().navigate("calendar");
        select("calendar-party", partyCode);
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(String id, T value) {
        _get(Select.class, spec -> spec.withId(id)).setValue(value);
    }

    private static String today() {
        return _get(Paragraph.class, spec -> spec.withId("calendar-today")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theYearListsPublicHolidaysAndTheDaysTheAuthoritiesAreClosed() {
        openCalendarOf("JP");
        select("calendar-year", 2026);
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("calendar-holidays"));

        // the 18 public holidays of 2026 (with 6 May, a substitute, and 22 September, a citizens' holiday) and the
        // five closing days that are none: 2-3 January and 29-31 December
        assertThat(GridKt._size(list)).isEqualTo(23);
        assertThat(GridKt._getFormattedRow(list, 0)).containsExactly("2026年1月1日（木）", "祝日", YEAR_END);
        assertThat(GridKt._getFormattedRow(list, 1)).containsExactly("2026年1月2日（金）", "閉庁日", YEAR_END);
        assertThat(GridKt._getFormattedRow(list, 2)).containsExactly("2026年1月3日（土）", "閉庁日", YEAR_END);
        assertThat(GridKt._getFormattedRow(list, 3)).containsExactly("2026年1月12日（月）", "祝日", "");
        assertThat(List.of(GridKt._getFormattedRow(list, 20), GridKt._getFormattedRow(list, 22))).containsExactly(
                List.of("2026年12月29日（火）", "閉庁日", YEAR_END), List.of("2026年12月31日（木）", "閉庁日", YEAR_END));
    }

    @Test
    void onAClosingDayTodayIsNoWorkingDayAndTheLineSaysWhy() {
        demoClock.travel(() -> {
            demoClock.setTo(Instant.parse("2026-12-30T01:00:00Z")); // Wednesday, 10:00 in Tokyo, 02:00 in Berlin
            openCalendarOf("JP");
            assertThat(today()).isEqualTo("現地の今日：2026年12月30日（水）（Asia/Tokyo）－ 営業日ではありません（閉庁日："
                    + YEAR_END + "）");
            select("calendar-party", "DE");
            assertThat(today()).isEqualTo("現地の今日：2026年12月30日（水）（Europe/Berlin）－ 営業日です");

            demoClock.setTo(Instant.parse("2026-12-24T09:00:00Z")); // Thursday, 10:00 in Berlin
            KaribuLogin.logout();
            openCalendarOf("DE");
            assertThat(today()).isEqualTo("現地の今日：2026年12月24日（木）（Europe/Berlin）－ 営業日ではありません（閉庁日："
                    + "クリスマス・イブ：連邦官庁閉庁（労働協約による））");
        });
    }
}
