package org.gsoia.workflow.visit.letter;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreement;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.letter.LetterFonts;
import org.gsoia.workflow.letter.LetterLayout.Field;
import org.gsoia.workflow.letter.LetterLayout;
import org.gsoia.workflow.letter.LetterText;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitSite;
import org.gsoia.workflow.visit.Visitor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The host authority's decision on a visit request as an A4 PDF letter in the reader's language (English,
 * German or Japanese): the case, its sites and visitors, the decision and who took it. Levels are printed in
 * dual marking towards the host party, as the host reads them; the levels are stored in the sending party's
 * scheme. The letter carries case metadata only, like the case itself.
 */
@Component
public class DecisionLetter {

    private final MessageSource messages;
    private final Agreements agreements;
    private final FacilityRegister facilities;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter dualMarking;
    private final WorkingDayCalendars calendars;
    private final People people;

    DecisionLetter(MessageSource messages, Agreements agreements, FacilityRegister facilities,
                   OrganisationDirectory organisations, DualMarkingFormatter dualMarking,
                   WorkingDayCalendars calendars, People people) {
        this.people = people;
        this.messages = messages;
        this.agreements = agreements;
        this.facilities = facilities;
        this.organisations = organisations;
        this.dualMarking = dualMarking;
        this.calendars = calendars;
    }

    /**
     * The letter as PDF bytes.
     *
     * @param locale the reader's language; any but German and Japanese gets English
     * @param identityDocuments whether the reader may see the visitors' passport numbers (the authorities); the host
     *                          facility and the applicant get the letter without them, as on the request's page
     * @throws IllegalArgumentException if the host authority has not decided on the request yet
     */
    public byte[] render(VisitRequest request, Locale locale, boolean identityDocuments) {
        HostAuthorityDecision decision = request.getDecision().orElseThrow(() -> new IllegalArgumentException(
                "Visit request " + request.getReference() + " has no decision yet"));
        LetterText text = new LetterText(messages, locale);
        LetterFonts fonts = LetterFonts.shared();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        float[] margins = LetterLayout.MARGINS;
        Document document = new Document(PageSize.A4, margins[0], margins[1], margins[2], margins[3]);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setPageEvent(LetterLayout.footer(fonts, text.get("letter.footer"),
                page -> text.get("letter.page", request.getReference(), page)));
        // the document language lets screen readers read the letter in Japanese, German or English
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.locale().toLanguageTag()));
        document.addTitle(text.get("letter.title") + " " + request.getReference());
        document.addCreator(text.get("app.name"));
        document.open();
        LetterLayout layout = new LetterLayout(fonts, document);
        layout.title(text.get("letter.title"));
        layout.fields(null, caseFields(request, text));
        layout.grid(text.get("letter.sites"), List.of(text.get("letter.site.name"), text.get("letter.site.address"),
                text.get("letter.site.contact")), new float[] {3, 4, 3}, siteRows(request));
        layout.grid(text.get("letter.visitors"), List.of(text.get("letter.visitor.name"),
                        text.get("letter.visitor.passport"), text.get("letter.visitor.position"),
                        text.get("letter.visitor.clearance")),
                new float[] {3, 2.3f, 2.9f, 3.8f}, visitorRows(request, text, identityDocuments));
        layout.fields(text.get("letter.decision"), decisionFields(request, decision, text));
        document.close();
        return pdf.toByteArray();
    }

    private List<Field> caseFields(VisitRequest request, LetterText text) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.get("letter.reference"), request.getReference(), true));
        fields.add(new Field(text.get("letter.agreement"), agreementTitle(request.getAgreementId(), text.locale())));
        fields.add(new Field(text.get("letter.sendingParty"),
                organisations.partyName(request.getSendingParty(), text.locale())));
        fields.add(new Field(text.get("letter.hostParty"),
                organisations.partyName(request.getHostParty(), text.locale())));
        fields.add(new Field(text.get("letter.requestingFacility"), facilityName(request.getRequestingFacilityId(), text.locale())));
        fields.add(new Field(text.get("letter.hostFacility"), facilityName(request.getHostFacilityId(), text.locale())));
        fields.add(new Field(text.get("letter.dates"), text.get("letter.dates.range",
                text.date(request.getStartDate()), text.date(request.getEndDate()))));
        if (request.getProgrammeReference() != null) {
            fields.add(new Field(text.get("letter.programmeReference"), request.getProgrammeReference()));
        }
        fields.add(new Field(text.get("letter.purpose"), request.getPurpose()));
        fields.add(new Field(text.get("letter.requestedLevel"), marking(request, request.getLevelId(), text)));
        return fields;
    }

    private List<List<String>> siteRows(VisitRequest request) {
        return request.getSites().stream().map(VisitSite::toData).map(site -> List.of(site.name(), site.address(),
                String.join("\n", site.contactName(), site.contactPhone(), site.contactEmail()))).toList();
    }

    private List<List<String>> visitorRows(VisitRequest request, LetterText text, boolean identityDocuments) {
        return request.getVisitors().stream().map(Visitor::toData).map(visitor -> List.of(
                visitor.nameNative() + "\n"
                        + text.get("letter.passportName", visitor.surnamePassport(), visitor.givenNamesPassport()),
                identityDocuments ? visitor.nationality() + "\n" + visitor.passportNumber() : visitor.nationality(),
                visitor.jobTitle() + "\n" + visitor.employer(),
                marking(request, visitor.clearanceLevelId(), text))).toList();
    }

    private List<Field> decisionFields(VisitRequest request, HostAuthorityDecision decision, LetterText text) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.get("letter.decision"), text.get("visit.decision." + decision.name()), true));
        if (request.getReleasableLevelId() != null) {
            fields.add(new Field(text.get("letter.releasableLevel"),
                    marking(request, request.getReleasableLevelId(), text)));
        }
        if (request.getValidUntil() != null) {
            fields.add(new Field(text.get("letter.validUntil"), text.date(request.getValidUntil())));
        }
        if (hasText(request.getConditions())) {
            fields.add(new Field(text.get("letter.conditions"), request.getConditions()));
        }
        if (request.getReasonCode() != null) {
            fields.add(new Field(text.get("letter.reasonCode"),
                    text.get("visit.reason." + request.getReasonCode().name())));
        }
        if (hasText(request.getReason())) {
            fields.add(new Field(text.get("letter.reason"), request.getReason()));
        }
        // officers by name and authority, as they sign: a login id means nothing to the reader
        fields.add(new Field(text.get("letter.decidedBy"), people.nameAndOrganisation(request.getDecidedBy(),
                text.locale())));
        // a second officer confirms only decisions at SECRET-equivalent level and above
        if (hasText(request.getConfirmedBy())) {
            fields.add(new Field(text.get("letter.confirmedBy"), people.nameAndOrganisation(request.getConfirmedBy(),
                    text.locale())));
        }
        fields.add(new Field(text.get("letter.decidedOn"), text.date(decisionDate(request))));
        return fields;
    }

    /** A level of the sending party's scheme, as the host party reads it next to the original marking. */
    private String marking(VisitRequest request, String levelId, LetterText text) {
        return dualMarking.format(request.getAgreementId(), levelId, request.getHostParty(), text.locale());
    }

    /** The date in the host's time zone: the host decided, and at 08:00 in Tokyo it is still yesterday in Berlin. */
    private LocalDate decisionDate(VisitRequest request) {
        return request.getDecidedAt().atZoneSameInstant(calendars.forParty(request.getHostParty()).zone())
                .toLocalDate();
    }

    private String agreementTitle(String agreementId, Locale locale) {
        Agreement current = agreements.current();
        // a request under an agreement this installation no longer serves keeps its id rather than a wrong title
        return current.getId().equals(agreementId) ? current.title(locale) : agreementId;
    }

    private String facilityName(String facilityId, Locale locale) {
        return facilities.find(facilityId).map(f -> f.displayName(locale)).orElse(facilityId);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
