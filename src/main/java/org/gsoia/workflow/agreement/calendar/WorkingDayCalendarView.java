package org.gsoia.workflow.agreement.calendar;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;

/**
 * Public holidays, the authorities' closing days and a working-day calculator per party: lead times are counted in
 * the host country's working days, in its own time zone.
 */
@Route("calendar")
@PermitAll
@Menu(order = 40, title = "nav.calendar", icon = "vaadin:calendar")
class WorkingDayCalendarView extends VerticalLayout implements HasDynamicTitle {

    /** The calculator accepts lead times of up to about a year and a half of working days either way. */
    static final int MAX_WORKING_DAYS = 400;

    private final WorkingDayCalendars calendars;
    private final Clock clock;
    private final Select<String> party = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Grid<DayOff> daysOff = new Grid<>();
    private final Paragraph today = new Paragraph();
    private final DatePicker start = new DatePicker();
    private final IntegerField days = new IntegerField();
    private final Span result = new Span();
    private final DateTimeFormatter fullDate;

    WorkingDayCalendarView(WorkingDayCalendars calendars, Agreements agreements, OrganisationDirectory organisations,
                           Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
        this.fullDate = Dates.longFormatter(getLocale());
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("calendar.lead"));
        lead.addClassName("gsoia-lead");

        List<String> parties = agreements.parties();
        party.setId("calendar-party");
        party.setLabel(getTranslation("calendar.party"));
        party.setItems(parties);
        party.setItemLabelGenerator(code -> organisations.partyName(code, getLocale()));
        party.setValue(parties.get(0));

        int thisYear = LocalDate.now(clock).getYear();
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        FlexLayout selection = new FlexLayout(party, year);
        selection.getStyle().set("gap", "var(--lumo-space-m)");
        today.setId("calendar-today");

        daysOff.setId("calendar-holidays");
        daysOff.addClassName("gsoia-grid");
        daysOff.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        daysOff.setAllRowsVisible(true);
        daysOff.addColumn(day -> fullDate.format(day.date())).setHeader(getTranslation("calendar.holiday"))
                .setAutoWidth(true).setFlexGrow(0);
        daysOff.addColumn(day -> getTranslation(day.publicHoliday() ? "calendar.kind.holiday" : "calendar.kind.closed"))
                .setHeader(getTranslation("calendar.kind")).setAutoWidth(true).setFlexGrow(0);
        daysOff.addColumn(day -> day.closingPeriod() == null ? "" : day.closingPeriod().name(getLocale()))
                .setHeader(getTranslation("calendar.closingPeriod")).setFlexGrow(1)
                .setTooltipGenerator(day -> day.closingPeriod() == null ? null : day.closingPeriod().getLegalBasis());

        start.setId("calendar-start");
        start.setLabel(getTranslation("calendar.start"));
        DateFields.localize(start, getLocale(), this);
        days.setId("calendar-days");
        days.setLabel(getTranslation("calendar.days"));
        days.setHelperText(getTranslation("calendar.days.helper"));
        days.setMin(-MAX_WORKING_DAYS);
        days.setMax(MAX_WORKING_DAYS);
        days.setStepButtonsVisible(true);
        days.setErrorMessage(getTranslation("calendar.days.error", MAX_WORKING_DAYS));
        days.setValue(10);
        result.setId("calendar-result");
        result.addClassName("gsoia-marking");
        FlexLayout calculator = new FlexLayout(start, days);
        calculator.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        calculator.getStyle().set("gap", "var(--lumo-space-m)");

        party.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        start.addValueChangeListener(e -> calculate());
        days.addValueChangeListener(e -> calculate());

        H3 holidayTitle = new H3(getTranslation("calendar.holidays"));
        holidayTitle.addClassName("gsoia-section-title");
        H3 calculatorTitle = new H3(getTranslation("calendar.calculator"));
        calculatorTitle.addClassName("gsoia-section-title");
        add(new H2(getTranslation("nav.calendar")), lead, selection, today, calculatorTitle, calculator,
                new Div(result), holidayTitle, daysOff);
        refresh();
    }

    private WorkingDayCalendar calendar() {
        return calendars.forParty(party.getValue());
    }

    private void refresh() {
        WorkingDayCalendar calendar = calendar();
        LocalDate localToday = calendar.today(clock);
        today.setText(getTranslation("calendar.today", fullDate.format(localToday), calendar.zone().getId(),
                kindOfDay(calendar, localToday)));
        daysOff.setItems(daysOffIn(calendar, year.getValue()));
        if (start.isEmpty()) {
            start.setValue(localToday);
        }
        calculate();
    }

    /** A closing day says why, even on a weekend: the authority, not only the office week, is closed. */
    private String kindOfDay(WorkingDayCalendar calendar, LocalDate day) {
        return calendar.closingPeriodOn(day)
                .map(period -> getTranslation("calendar.closingDay", period.name(getLocale())))
                .orElseGet(() -> getTranslation(
                        calendar.isWorkingDay(day) ? "calendar.workingDay" : "calendar.dayOff"));
    }

    /** Public holidays and closing days of the year in one list; a day that is both appears once. */
    private static List<DayOff> daysOffIn(WorkingDayCalendar calendar, int year) {
        SortedSet<LocalDate> days = new TreeSet<>(calendar.holidays(year));
        days.addAll(calendar.closingDays(year));
        return days.stream()
                .map(day -> new DayOff(day, calendar.isHoliday(day), calendar.closingPeriodOn(day).orElse(null)))
                .toList();
    }

    private void calculate() {
        if (start.isEmpty() || days.isEmpty() || days.isInvalid()
                || Math.abs(days.getValue()) > MAX_WORKING_DAYS) {
            result.setText(getTranslation("calendar.result.incomplete"));
            return;
        }
        LocalDate target = calendar().addWorkingDays(start.getValue(), days.getValue());
        result.setText(getTranslation(days.getValue() >= 0 ? "calendar.result.after" : "calendar.result.before",
                Math.abs(days.getValue()), fullDate.format(start.getValue()), fullDate.format(target)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " – " + getTranslation("app.name");
    }

    /** A day off of the list; {@code closingPeriod} is null for a public holiday outside any closing period. */
    private record DayOff(LocalDate date, boolean publicHoliday, ClosingPeriod closingPeriod) {
    }
}
