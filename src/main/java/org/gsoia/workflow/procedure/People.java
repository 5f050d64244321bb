package org.gsoia.workflow.procedure;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.agreement.ReaderNames;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and groups as a case shows them to its readers: by name as its bearer writes it (Japanese names family name
 * first) and with the authority or company they act for, never by login id (login ids are for administrators only);
 * a task's candidate group as the authority or organisation it stands for; times in the reader's own time zone.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final WorkingDayCalendars calendars;
    private final MessageSource messages;

    People(UserDirectory users, OrganisationDirectory organisations, WorkingDayCalendars calendars,
           MessageSource messages) {
        this.users = users;
        this.organisations = organisations;
        this.calendars = calendars;
        this.messages = messages;
    }

    /**
     * "Hans Vogel"; "田中 健" for a Japanese reader, "田中 健 (Tanaka Ken)" for any other (the rule of
     * {@link ReaderNames}, with the language of the person's organisation as the name's own); empty for nobody; the
     * id itself only for a user who no longer exists.
     */
    public String name(String userId, Locale reader) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return users.find(userId).map(user -> name(user, reader)).orElse(userId);
    }

    /**
     * The name with the organisation the person acts for, in the reader's language: "Hans Vogel (BAAINBw – …)".
     */
    public String nameAndOrganisation(String userId, Locale reader) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return users.find(userId).map(user -> user.organisationId() == null ? name(user, reader)
                        : name(user, reader) + " (" + organisations.displayName(user.organisationId(), reader) + ")")
                .orElse(userId);
    }

    private String name(UserAccount user, Locale reader) {
        Locale own = user.organisationId() == null ? null
                : organisations.find(user.organisationId()).map(OrganisationSummary::nativeLanguage).orElse(null);
        return ReaderNames.of(user.displayName(), null, user.nameLatin(), own, reader);
    }

    /**
     * A task's candidate group as the reader knows it: {@code authority-jp} is "Competent security authority of
     * Japan", {@code org-jp-minato} the organisation JP-MINATO by its name.
     */
    public String groupName(String group, Locale locale) {
        return CaseGroups.partyOfAuthority(group)
                .map(party -> messages.getMessage("casefile.holder.authority",
                        new Object[] {organisations.partyName(party, locale)}, locale))
                .or(() -> CaseGroups.organisationOf(group).map(id -> organisations.displayName(id, locale)))
                .or(() -> CaseGroups.securityAuthorityOf(group).map(id -> organisations.displayName(id, locale)))
                .orElse(group);
    }

    /**
     * The language the user writes in now (the language of the user's screens), as a BCP 47 tag; free texts are
     * marked with it so that readers of other languages know what they read. Null when unknown.
     */
    public String languageOf(String userId) {
        return users.find(userId).map(UserAccount::preferredLocale).map(Locale::toLanguageTag).orElse(null);
    }

    /** The time zone the user reads times in: that of the user's party (Berlin, Tokyo); UTC when unknown. */
    public ZoneId zoneOf(String userId) {
        return users.find(userId).map(UserAccount::organisationId).flatMap(organisations::find)
                .map(o -> calendars.forParty(o.partyCode()).zone()).orElse(ZoneOffset.UTC);
    }
}
