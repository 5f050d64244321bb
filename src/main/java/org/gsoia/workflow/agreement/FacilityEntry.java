package org.gsoia.workflow.agreement;

import java.time.LocalDate;
import java.util.Locale;

/** One line of the facility register, with the facility security clearance (FSC) it holds. */
public record FacilityEntry(String id, String organisationId, String partyCode, String name, String nameEn,
                            String nameLatin, Locale nativeLanguage, String city, String fscLevelId,
                            FscStatus fscStatus, LocalDate fscExpiresOn) {

    static FacilityEntry of(Facility facility) {
        return new FacilityEntry(facility.getId(), facility.getOrganisation().getId(), facility.getPartyCode(),
                facility.getName(), facility.getNameEn(), facility.getNameLatin(),
                facility.getOrganisation().getNativeLanguage(), facility.getCity(),
                facility.getFscLevel().map(ClassificationLevel::getId).orElse(null),
                facility.getFscStatus(), facility.getFscExpiresOn().orElse(null));
    }

    /** The facility's name as the reader reads it everywhere ({@link ReaderNames}). */
    public String displayName(Locale locale) {
        return ReaderNames.of(name, nameEn, nameLatin, nativeLanguage, locale);
    }

    /** Not valid, or valid but expiring within the given number of days. */
    public boolean needsAttention(LocalDate today, int days) {
        return fscStatus != FscStatus.VALID
                || fscExpiresOn != null && !fscExpiresOn.isAfter(today.plusDays(days));
    }
}
