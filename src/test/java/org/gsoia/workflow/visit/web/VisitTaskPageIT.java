package org.gsoia.workflow.visit.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;
import static org.gsoia.workflow.visit.TestVisits.submitJapaneseVisit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.task.TaskInbox;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The visit request's page as the people who work on it read it (issue: task pages that cannot be misread): a task
 * shows in its own card what it asks about, people by name, deadlines only while they are ones, one task at a time,
 * who holds it, and names in the reader's language.
 */
@GsoiaSpringTest
class VisitTaskPageIT {

    @Autowired ApplicationContext context;
    @Autowired VisitTasks tasks;
    @Autowired VisitRequests visitRequests;
    @Autowired TaskInbox inbox;
    @Autowired DualMarkingFormatter marking;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    private VisitTaskPanel openAs(String userId, String route) {
        KaribuLogin.loginAndOpen(context, userId);
        navigate(route);
        return _get(VisitTaskPanel.class);
    }

    private static void navigate(String route) {
        String[] parts = route.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length == 1 ? com.vaadin.flow.router.QueryParameters.empty()
                : com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
    }

    /** Everything the request's page says. */
    private static String page() {
        return text(_get(VisitRequestView.class));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A Japanese visit to Germany approved with conditions by one German officer, waiting for facility.de. */
    private String approvedWithConditions(int day) {
        String reference = submitJapaneseVisit(context, day, "JP-HI");
        tasks.certify(task(reference, "officer.jp1", VisitProcess.CERTIFY_CLEARANCES), "officer.jp1", true, null);
        tasks.decide(task(reference, "officer.de1", VisitProcess.REVIEW_REQUEST), "officer.de1",
                HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "JP-HI", "Halle 3, keine Konstruktionsunterlagen.",
                null, null);
        return reference;
    }

    @Test
    void theHostFacilityAcknowledgesWithTheConditionsAndTheReleasableLevelInItsCard() {
        String reference = approvedWithConditions(33);
        VisitRequest request = visitRequests.byReference(reference).orElseThrow();

        VisitTaskPanel card = openAs("facility.de", "visits/" + reference);

        String inCard = text(card);
        assertThat(inCard).contains("Halle 3, keine Konstruktionsunterlagen.")
                .contains(marking.format(request.getAgreementId(), "JP-HI", "DE", Locale.GERMAN))
                .contains(Dates.format(request.getStartDate(), Locale.GERMAN))
                .contains("Thomas Wagner");
        // the facility checks passports at the gate: the card names each visitor as in the passport
        request.toData().visitors().forEach(visitor -> assertThat(inCard)
                .contains(visitor.surnamePassport() + ", " + visitor.givenNamesPassport()));
        assertThat(_get(Button.class, spec -> spec.withId("task-action-acknowledge")).isVisible()).isTrue();
    }

    @Test
    void theSecondOfficerReadsTheFirstDecisionByNameAndAuthorityNeverByLoginId() {
        String reference = submitGermanVisit(context, 34, "DE-GEHEIM");
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, "DE-GEHEIM", null, null, null);

        VisitTaskPanel card = openAs("officer.jp2", "visits/" + reference);

        assertThat(text(card)).contains("田中 健 (防衛装備庁)")
                .contains(translations.getTranslation("visit.decision.APPROVE", Locale.JAPANESE));
        assertThat(page()).doesNotContain("officer.jp1").doesNotContain("officer.de1");
        assertThat(page()).as("a Japanese reader needs no romanisation").doesNotContain("Tanaka Ken");
        KaribuLogin.logout();

        // once confirmed, the German applicant reads the Japanese officers' names with their romanisation
        tasks.confirm(task(reference, "officer.jp2", VisitProcess.CONFIRM_DECISION), "officer.jp2", true, null);
        KaribuLogin.loginAndOpen(context, "applicant.de");
        navigate("visits/" + reference);
        assertThat(page()).contains("田中 健 (Tanaka Ken)").doesNotContain("officer.jp");
    }

    @Test
    void theDecisionDueDateShowsWhileTheDecisionIsComingAndThenWhenItCameAndWhetherOnTime() {
        String pending = submitGermanVisit(context, 35, "DE-VSV");
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/" + pending);
        assertThat(page()).contains(translations.getTranslation("visit.decisionDue", Locale.GERMAN))
                .doesNotContain(translations.getTranslation("visit.decidedOn", Locale.GERMAN));
        KaribuLogin.logout();

        String decided = approvedWithConditions(36);
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("visits/" + decided);
        String page = page();
        assertThat(page).doesNotContain(translations.getTranslation("visit.decisionDue", Locale.JAPANESE))
                .contains(translations.getTranslation("visit.decidedOn", Locale.JAPANESE))
                .contains(translations.getTranslation("visit.decided.onTime", Locale.JAPANESE,
                        Dates.format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")), Locale.JAPANESE)));
    }

    @Test
    void twoOpenTasksShowOneAtATimeWithALinkToTheOtherAndButtonsNamedByTheirTask() {
        // the demo's escalated request: the host authority has the decision and the overdue escalation
        String reference = visitRequests.ofOwnOrganisation("applicant.de", null, 0, 200).stream()
                .filter(line -> line.escalated() && !line.status().isFinal()).findFirst().orElseThrow().reference();
        String escalation = task(reference, "officer.jp1", VisitProcess.HANDLE_ESCALATION);

        openAs("officer.jp1", "visits/" + reference + "?task=" + escalation);

        List<VisitTaskPanel> cards = _find(VisitTaskPanel.class);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).getId()).hasValue("task-" + VisitProcess.HANDLE_ESCALATION);
        String escalationLabel = translations.getTranslation("visit.task." + VisitProcess.HANDLE_ESCALATION, Locale.JAPANESE);
        assertThat(_get(Button.class, spec -> spec.withId("task-action-complete")).getText())
                .isEqualTo(translations.getTranslation("task.complete", Locale.JAPANESE, escalationLabel));
        Anchor other = _get(_get(Div.class, spec -> spec.withId("other-open-tasks")), Anchor.class);
        assertThat(other.getText()).isEqualTo(translations.getTranslation("visit.task." + VisitProcess.REVIEW_REQUEST,
                Locale.JAPANESE));
        assertThat(other.getHref()).contains("task=" + task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST));
    }

    @Test
    void theCardSaysWhoHoldsTheTaskOrThatNobodyHasClaimedItYet() {
        String reference = submitGermanVisit(context, 37, "DE-VSV");
        String certification = task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES);

        VisitTaskPanel card = openAs("officer.de1", "visits/" + reference);
        String nobody = translations.getTranslation("task.unclaimed", Locale.GERMAN, "X", "Y").split("X")[0];
        assertThat(text(card)).contains(nobody.strip());
        KaribuLogin.logout();

        inbox.claim("officer.de2", certification);
        card = openAs("officer.de2", "visits/" + reference);
        assertThat(text(card)).contains(translations.getTranslation("task.claimedBy", Locale.GERMAN, "Julia Schmitt",
                "").strip());
    }

    @Test
    void namesReadTheSameOnEveryScreenAndAFreeTextSaysItsLanguage() {
        String reference = submitJapaneseVisit(context, 38, "JP-HI");
        // the Japanese officer returns the request in Japanese; the German host authority reads the request
        tasks.certify(task(reference, "officer.jp1", VisitProcess.CERTIFY_CLEARANCES), "officer.jp1", false,
                "二人目の訪問者のクリアランスが訪問終了前に失効します。");

        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("visits/" + reference);
        assertThat(page()).as("the applicant's own language: no mark")
                .contains("二人目の訪問者").doesNotContain(translations.getTranslation("text.writtenIn",
                        Locale.JAPANESE, "日本語"));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("visits/" + reference);
        String page = page();
        assertThat(page).contains("さくら航空宇宙株式会社 名古屋工場 (Sakura Kōkū Uchū Kabushiki-gaisha, Nagoya Kōjō)")
                .doesNotContain("Sakura Aerospace");
        String applicantsLanguage = Locale.forLanguageTag(visitRequests.byReference(reference).orElseThrow().toData()
                .textLanguage()).getDisplayLanguage(Locale.GERMAN);
        assertThat(_find(H3.class).stream().map(title -> title.getElement().getTextRecursively()).toList())
                .as("site names and job titles are the applicant's words, marked with their language")
                .contains(translations.getTranslation("visit.sites", Locale.GERMAN) + " "
                        + translations.getTranslation("text.writtenIn", Locale.GERMAN, applicantsLanguage));
        KaribuLogin.logout();

        // conditions a German officer wrote, read by the Japanese applicant
        String approved = approvedWithConditions(39);
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("visits/" + approved);
        assertThat(page()).contains("Halle 3, keine Konstruktionsunterlagen.")
                .contains(translations.getTranslation("text.writtenIn", Locale.JAPANESE, "ドイツ語"));
    }

    @Test
    void anApplicantIsOfferedOnlyHostFacilitiesOfTheOtherParty() {
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("visits/new");
        @SuppressWarnings("unchecked")
        ComboBox<FacilityEntry> host = _get(ComboBox.class, spec -> spec.withLabel(
                translations.getTranslation("visit.hostFacility", Locale.JAPANESE)));
        List<FacilityEntry> offered = host.getListDataView().getItems().toList();
        assertThat(offered).isNotEmpty().allMatch(f -> f.partyCode().equals("DE"));
        // dates in the one short form of the language, in the date field as everywhere else
        com.vaadin.flow.component.datepicker.DatePicker start = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel(translations.getTranslation("visit.startDate", Locale.JAPANESE)));
        assertThat(start.getI18n().getDateFormats()).containsExactly(Dates.shortPattern(Locale.JAPANESE));
        assertThat(start.getI18n().getMonthNames().get(0)).isEqualTo("1月");
    }
}
