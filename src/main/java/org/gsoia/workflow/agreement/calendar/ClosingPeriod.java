package org.gsoia.workflow.agreement.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/**
 * Days of every year on which a party's competent authorities are closed although they are no public holiday, by
 * law or collective agreement: Japan's administrative organs from 29 December to 3 January, German federal
 * authorities on 24 and 31 December. From one month-day to another, both included; a period that ends before it
 * starts wraps the year end. Reference data, one row per period in {@code party_closing_period}.
 */
@Entity
@Table(name = "party_closing_period")
public class ClosingPeriod {

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @Column(name = "party_code", nullable = false, length = 8)
    private String partyCode;

    @Column(name = "from_month", nullable = false)
    private int fromMonth;

    @Column(name = "from_day", nullable = false)
    private int fromDay;

    @Column(name = "to_month", nullable = false)
    private int toMonth;

    @Column(name = "to_day", nullable = false)
    private int toDay;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    protected ClosingPeriod() {
    }

    ClosingPeriod(String id, String partyCode, MonthDay from, MonthDay to, String nameEn, String nameDe,
                  String nameJa, String legalBasis) {
        this.id = id;
        this.partyCode = partyCode;
        this.fromMonth = from.getMonthValue();
        this.fromDay = from.getDayOfMonth();
        this.toMonth = to.getMonthValue();
        this.toDay = to.getDayOfMonth();
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.nameJa = nameJa;
        this.legalBasis = legalBasis;
    }

    public String getId() {
        return id;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public MonthDay getFrom() {
        return MonthDay.of(fromMonth, fromDay);
    }

    public MonthDay getTo() {
        return MonthDay.of(toMonth, toDay);
    }

    /** The name in the user's language; English for any other. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "de" -> nameDe;
            case "ja" -> nameJa;
            default -> nameEn;
        };
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    /** Whether the day lies in this period, in whatever year. */
    public boolean covers(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        boolean fromReached = !monthDay.isBefore(getFrom());
        boolean toNotPassed = !monthDay.isAfter(getTo());
        boolean wrapsYearEnd = getTo().isBefore(getFrom());
        return wrapsYearEnd ? fromReached || toNotPassed : fromReached && toNotPassed;
    }

    @Override
    public String toString() {
        return id + " " + getFrom() + "/" + getTo();
    }
}
