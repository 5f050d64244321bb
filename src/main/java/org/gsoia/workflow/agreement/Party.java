package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A state party to a security agreement. Its time zone and holiday calendar govern deadlines on its side. */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "party")
public class Party {

    @Id
    @Column(name = "code", nullable = false, length = 8)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_native", nullable = false, length = 100)
    private String nameNative;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** A jollyday {@code HolidayCalendar} constant, e.g. {@code GERMANY}, {@code JAPAN}. */
    @Column(name = "holiday_country", nullable = false, length = 32)
    private String holidayCountry;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    protected Party() {
    }

    Party(String code, String nameEn, String nameNative, String timeZone, String holidayCountry, String language) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameNative = nameNative;
        this.timeZone = timeZone;
        this.holidayCountry = holidayCountry;
        this.language = language;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameNative() {
        return nameNative;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getHolidayCountry() {
        return holidayCountry;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    @Override
    public String toString() {
        return code;
    }
}
