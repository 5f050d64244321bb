package org.gsoia.workflow.visit.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.visit.VisitType;

/**
 * What the request form needs to know about the applicant's situation: own facilities, the host party's
 * facilities, the sending party's levels (shown in dual marking) and the lead time.
 */
record VisitFormContext(List<FacilityEntry> ownFacilities, List<FacilityEntry> hostFacilities,
                        List<ClassificationLevel> sendingLevels, Function<ClassificationLevel, String> dualMarking,
                        Function<VisitType, LocalDate> earliestVisitDate, Locale locale,
                        RegisteredStaff registeredStaff) {

    String dualMarking(ClassificationLevel level) {
        return dualMarking.apply(level);
    }

    LocalDate earliestVisitDate(VisitType type) {
        return earliestVisitDate.apply(type == null ? VisitType.ONE_TIME : type);
    }

    /** ISO 3166 alpha-3 codes, sorted by their name in the user's language. */
    List<String> countries() {
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
                .sorted(Comparator.comparing(this::countryName)).toList();
    }

    String countryName(String alpha3) {
        Locale country = BY_ALPHA3.get(alpha3);
        return country == null ? alpha3 : country.getDisplayCountry(locale) + " (" + alpha3 + ")";
    }

    private static final Map<String, Locale> BY_ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, country -> country, (a, b) -> a));
}
