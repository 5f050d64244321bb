package org.gsoia.workflow.agreement;

import java.util.Locale;

/** An organisation as other packages see it: which party it belongs to, what kind it is, its names. */
public record OrganisationSummary(String id, String partyCode, OrganisationKind kind, String nameNative,
                                  String nameEn, String nameLatin, Locale nativeLanguage, String city) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getPartyCode(), organisation.getKind(),
                organisation.getNameNative(), organisation.getNameEn(), organisation.getNameLatin(),
                organisation.getNativeLanguage(), organisation.getCity());
    }

    /** The name as the reader reads it everywhere ({@link ReaderNames}). */
    public String displayName(Locale locale) {
        return ReaderNames.of(nameNative, nameEn, nameLatin, nativeLanguage, locale);
    }
}
