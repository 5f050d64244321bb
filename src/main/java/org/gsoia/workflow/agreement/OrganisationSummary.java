package org.gsoia.workflow.agreement;

import java.util.Locale;

/** An organisation as other packages see it: which party it belongs to, what kind it is, its names. */
public record OrganisationSummary(String id, String partyCode, OrganisationKind kind, String nameNative,
                                  String nameEn, String city) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getPartyCode(), organisation.getKind(),
                organisation.getNameNative(), organisation.getNameEn(), organisation.getCity());
    }

    /**
     * The native name for readers of the organisation's own language, the English name for everyone else
     * (a German reader gets "Acquisition, Technology & Logistics Agency", a Japanese one 防衛装備庁).
     */
    public String displayName(Locale locale) {
        boolean nativeReader = switch (partyCode) {
            case "DE" -> "de".equals(locale.getLanguage());
            case "JP" -> "ja".equals(locale.getLanguage());
            default -> false;
        };
        return nativeReader || nameEn == null || nameEn.isBlank() ? nameNative : nameEn;
    }
}
