package org.gsoia.workflow.visit.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreement;
import org.gsoia.workflow.agreement.AgreementFixtures;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.letter.LetterFonts;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestFixtures;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.VisitorData;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders letters with the real bundles, the real dual-marking formatter and the bundled fonts, and reads them
 * back with OpenPDF's text extractor. Expected texts come from the same bundles and formatter inputs; dates are
 * written out by hand. The fonts ship in the jar, so the Japanese assertions hold on every machine.
 */
class DecisionLetterTest {

    private static final String REFERENCE = "VR-2026-000042";
    private static final String AGREEMENT = AgreementFixtures.AGREEMENT;
    /** 00:30 on 28 November in Berlin, where the host decided; still 27 November in UTC. */
    private static final OffsetDateTime DECIDED_AT = OffsetDateTime.of(2026, 11, 27, 23, 30, 0, 0, ZoneOffset.UTC);

    private final ResourceBundleMessageSource messages = messages();
    private final DualMarkingFormatter dualMarking = AgreementFixtures.dualMarking(messages);
    private final DecisionLetter letter = new DecisionLetter(messages, agreements(), facilities(), organisations(),
            dualMarking, calendars(), people());

    @Test
    void englishLetterNamesTheCaseTheVisitorsAndTheDecision() throws IOException {
        Locale english = Locale.ENGLISH;
        String text = flatTextOf(letter.render(approvedWithConditions(visitors()), english, true));

        assertThat(text).contains(REFERENCE, message("letter.title", english), message("app.agreement", english),
                "Sakura Aerospace – Nagoya Works", "Rheintal Avionik – Friedrichshafen site",
                "Seestraße 12, 88045 Friedrichshafen", "j.weiss@rheintal-avionik.example",
                "Avionics integration review", "Access to hall 3 only.",
                "Hans Vogel (BAAINBw)", "Petra Lang (BAAINBw)");
        assertThat(text).as("officers by name, never by login id").doesNotContain("officer.de");
        assertThat(text).contains("Monday, 30 November 2026 to Wednesday, 2 December 2026");
        assertThat(text).as("passport spellings").contains(
                message("letter.passportName", english, "YAMADA", "TARO"),
                message("letter.passportName", english, "TAKAHASHI", "SAKIKO"));
        assertThat(text).as("native names in Japanese script").contains("山田 太郎", "髙橋 﨑子");
        assertThat(text).as("translated decision").contains(message("visit.decision.APPROVE_WITH_CONDITIONS", english));
        assertThat(text).as("clearances and releasable level in dual marking towards the host").contains(
                dualMarking.format(AGREEMENT, "JP-GOKUHI", "DE", english),
                dualMarking.format(AGREEMENT, "JP-HI", "DE", english));
        assertThat(text).as("decision date in the host's time zone").contains("28 November 2026")
                .doesNotContain("November 27, 2026");
        assertThat(text).as("footer").contains(message("letter.footer", english),
                message("letter.page", english, REFERENCE, 1));
    }

    @Test
    void japaneseLetterIsInJapaneseWithDatesAsJapaneseWriteThem() throws IOException {
        Locale japanese = Locale.JAPANESE;
        String lines = linesOf(letter.render(approvedWithConditions(visitors()), japanese, true));
        String text = flat(lines);

        String decision = message("visit.decision.APPROVE_WITH_CONDITIONS", japanese);
        assertThat(decision).isNotEqualTo(message("visit.decision.APPROVE_WITH_CONDITIONS", Locale.ENGLISH));
        assertThat(text).contains(REFERENCE, message("letter.title", japanese), decision,
                message("letter.visitor.clearance", japanese), "山田 太郎",
                message("letter.passportName", japanese, "YAMADA", "TARO"),
                dualMarking.format(AGREEMENT, "JP-GOKUHI", "DE", japanese), "2026年11月28日",
                message("letter.dates.range", japanese, "2026年11月30日（月）", "2026年12月2日（水）"));
        // Japanese puts no space where a line breaks, so the wrapped footer is compared without white space
        assertThat(lines.replaceAll("\\s", "")).contains(message("letter.footer", japanese).replaceAll("\\s", ""));
        assertThat(lines.lines()).as("no line starts with a full stop or comma (kinsoku)")
                .noneMatch(line -> line.startsWith("。") || line.startsWith("、"));
    }

    @Test
    void germanRejectionGivesTheTranslatedReasonAndNoReleasableLevel() throws IOException {
        Locale german = Locale.GERMAN;
        VisitRequest request = request(visitors());
        VisitRequestFixtures.decide(request, HostAuthorityDecision.REJECT, null, null, RejectionReason.LEAD_TIME_NOT_MET,
                "Antrag drei Tage vor Besuchsbeginn eingegangen.", "officer.de1", DECIDED_AT);
        String text = flatTextOf(letter.render(request, german, true));

        assertThat(text).contains(message("visit.decision.REJECT", german),
                message("visit.reason.LEAD_TIME_NOT_MET", german), "Antrag drei Tage vor Besuchsbeginn eingegangen.",
                "28. November 2026", message("party.JP", german));
        // no second officer confirmed this decision, so the letter names none
        assertThat(text).doesNotContain(message("letter.releasableLevel", german), message("letter.conditions", german),
                message("letter.confirmedBy", german));
    }

    @Test
    void aReaderOfAnotherLanguageGetsTheEnglishLetter() throws IOException {
        String text = flatTextOf(letter.render(approvedWithConditions(visitors()), Locale.FRENCH, true));

        assertThat(text).contains(message("letter.title", Locale.ENGLISH), "28 November 2026");
    }

    @Test
    void charactersThatNoFontHasArePrintedAsGetaMarksNotDropped() throws IOException {
        VisitorData visitor = visitor("Łukasz 김", "NOWAK", "LUKASZ", "JP-HI", "PL7654321");
        String text = flatTextOf(letter.render(approvedWithConditions(List.of(visitor)), Locale.ENGLISH, true));

        assertThat(text).contains("Łukasz " + LetterFonts.MISSING_GLYPH,
                message("letter.passportName", Locale.ENGLISH, "NOWAK", "LUKASZ"));
    }

    @Test
    void bothFontsAreEmbeddedAsTrueTypeAndNoStandardFontIsUsed() throws IOException {
        List<VisitorData> visitors = List.of(visitors().get(0),
                visitor("Łukasz Nowak", "NOWAK", "LUKASZ", "JP-HI", "PL7654321"));
        PdfReader reader = new PdfReader(letter.render(approvedWithConditions(visitors), Locale.JAPANESE, true));
        List<PdfDictionary> descriptors = new ArrayList<>();
        List<PdfDictionary> standardFonts = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (PdfReader.getPdfObject(reader.getPdfObject(i)) instanceof PdfDictionary dictionary) {
                if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                    descriptors.add(dictionary);
                }
                if (PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                        && PdfName.TYPE1.equals(dictionary.get(PdfName.SUBTYPE))) {
                    standardFonts.add(dictionary);
                }
            }
        }
        reader.close();

        // FontFile2 is a TrueType program; OpenPDF's FontFile3 (CFF) route loses CJK glyphs
        assertThat(descriptors).as("the Japanese and the Latin font").hasSize(2).allSatisfy(descriptor -> {
            assertThat(descriptor.contains(PdfName.FONTFILE2)).isTrue();
            assertThat(descriptor.contains(PdfName.FONTFILE3)).isFalse();
        });
        assertThat(standardFonts).as("Helvetica and the like: not embedded, no Japanese").isEmpty();
    }

    @Test
    void aRequestWithoutDecisionHasNoLetter() {
        assertThatThrownBy(() -> letter.render(request(visitors()), Locale.ENGLISH, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(REFERENCE);
    }

    private VisitRequest approvedWithConditions(List<VisitorData> visitors) {
        VisitRequest request = request(visitors);
        VisitRequestFixtures.decide(request, HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "JP-HI", "Access to hall 3 only.",
                null, null, "officer.de1", DECIDED_AT);
        VisitRequestFixtures.confirm(request, "officer.de2");
        return request;
    }

    private static VisitRequest request(List<VisitorData> visitors) {
        SiteData site = new SiteData("Rheintal Avionik – Halle 3", "Seestraße 12, 88045 Friedrichshafen",
                "Jürgen Weiß", "+49 7541 1234-0", "j.weiss@rheintal-avionik.example");
        VisitRequestData data = new VisitRequestData(VisitType.ONE_TIME, "JP-SAKURA-NGO", "DE-RHEINTAL-FDH", null,
                "Avionics integration review", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), "JP-GOKUHI",
                false, null, null, List.of(site), visitors);
        return VisitRequestFixtures.unsaved(REFERENCE, AGREEMENT, "JP", "DE", "applicant.jp", "JP-SAKURA", data,
                DECIDED_AT.minusDays(30));
    }

    private static List<VisitorData> visitors() {
        return List.of(visitor("山田 太郎", "YAMADA", "TARO", "JP-GOKUHI", "TK1234567"),
                visitor("髙橋 﨑子", "TAKAHASHI", "SAKIKO", "JP-HI", "TK7654321"));
    }

    private static VisitorData visitor(String nameNative, String surname, String givenNames, String levelId,
                                       String passport) {
        return new VisitorData(nameNative, surname, givenNames, LocalDate.of(1980, 4, 1), "名古屋", "JPN", passport,
                "主任技師", "さくら航空宇宙株式会社", levelId, "防衛装備庁", LocalDate.of(2028, 3, 31), true);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** All pages' text, with every run of white space (line breaks in table cells too) as one space. */
    private static String flatTextOf(byte[] pdf) throws IOException {
        return flat(linesOf(pdf));
    }

    private static String flat(String lines) {
        return lines.replaceAll("\\s+", " ");
    }

    /** All pages' text as the extractor gives it: one line of the PDF per line. */
    private static String linesOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /** As Spring Boot configures it from {@code spring.messages} in application.yaml. */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private Agreements agreements() {
        Agreement agreement = mock(Agreement.class);
        when(agreement.getId()).thenReturn(AGREEMENT);
        when(agreement.title(any())).thenAnswer(call -> message("app.agreement", call.getArgument(0)));
        Agreements agreements = mock(Agreements.class);
        when(agreements.current()).thenReturn(agreement);
        return agreements;
    }

    private static FacilityRegister facilities() {
        FacilityRegister facilities = mock(FacilityRegister.class);
        when(facilities.find("JP-SAKURA-NGO")).thenReturn(Optional.of(new FacilityEntry("JP-SAKURA-NGO", "JP-SAKURA",
                "JP", "さくら航空宇宙株式会社 名古屋工場", "Sakura Aerospace – Nagoya Works",
                "Sakura Kōkū Uchū Kabushiki-gaisha, Nagoya Kōjō", Locale.JAPANESE, "Nagoya", "JP-GOKUHI",
                FscStatus.VALID, LocalDate.of(2029, 3, 31))));
        when(facilities.find("DE-RHEINTAL-FDH")).thenReturn(Optional.of(new FacilityEntry("DE-RHEINTAL-FDH",
                "DE-RHEINTAL", "DE", "Rheintal Avionik GmbH – Standort Friedrichshafen",
                "Rheintal Avionik – Friedrichshafen site", null, Locale.GERMAN, "Friedrichshafen", "DE-GEHEIM",
                FscStatus.VALID, LocalDate.of(2029, 3, 31))));
        return facilities;
    }

    private OrganisationDirectory organisations() {
        OrganisationDirectory organisations = mock(OrganisationDirectory.class);
        when(organisations.partyName(anyString(), any()))
                .thenAnswer(call -> message("party." + call.getArgument(0), call.getArgument(1)));
        return organisations;
    }

    private static WorkingDayCalendars calendars() {
        WorkingDayCalendars calendars = mock(WorkingDayCalendars.class);
        when(calendars.forParty("DE")).thenReturn(WorkingDayCalendar.of("DE", ZoneId.of("Europe/Berlin"), "GERMANY"));
        return calendars;
    }

    /** The two German officers as the letter names them: by name and authority. */
    private static People people() {
        People people = mock(People.class);
        when(people.nameAndOrganisation(eq("officer.de1"), any())).thenReturn("Hans Vogel (BAAINBw)");
        when(people.nameAndOrganisation(eq("officer.de2"), any())).thenReturn("Petra Lang (BAAINBw)");
        return people;
    }
}
