package org.gsoia.workflow.visit.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The visit screens in a browserless UI: the request form's validation and a host-authority decision. */
@GsoiaSpringTest
class VisitScreensIT {

    @Autowired ApplicationContext context;
    @Autowired VisitTasks tasks;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;
    @Autowired VisitRequests visitRequests;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private int requestCount() {
        return jdbc.queryForObject("select count(*) from visit_request", Integer.class);
    }

    @Test
    void anEmptyFormIsRefusedWithAMessageNextToEachFieldAndNothingIsSaved() {
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/new");
        int before = requestCount();

        _click(_get(Button.class, spec -> spec.withId("submit-visit-request")));

        String required = translations.getTranslation("validation.required", Locale.GERMAN);
        TextArea purpose = _get(TextArea.class, spec -> spec.withLabel(translations.getTranslation("visit.purpose", Locale.GERMAN)));
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).isEqualTo(required);
        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel(translations.getTranslation("visit.startDate", Locale.GERMAN)));
        assertThat(start.isInvalid()).isTrue();
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void aStartWithinTheLeadTimeNamesTheEarliestDateAndACompleteRequestIsSubmitted() {
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/new");
        VisitRequestForm form = _get(VisitRequestForm.class);
        LocalDate earliest = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME);

        form.setData(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, earliest.minusDays(1), "DE-VSV"));
        _click(_get(Button.class, spec -> spec.withId("submit-visit-request")));
        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel(translations.getTranslation("visit.startDate", Locale.GERMAN)));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo(translations.getTranslation("validation.leadTime", Locale.GERMAN,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(Locale.GERMAN).format(earliest)));

        int before = requestCount();
        form.setData(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, earliest.plusDays(3), "DE-VSV"));
        _click(_get(Button.class, spec -> spec.withId("submit-visit-request")));
        assertThat(requestCount()).isEqualTo(before + 1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("visits/VR-");
    }

    @Test
    void theHostAuthorityMustGiveAReasonCodeToReject() {
        String reference = submitGermanVisit(context, 20, "DE-VSV");
        String certification = tasks.openTasksOf(reference, "officer.de1").get(0).taskId();
        tasks.certify(certification, "officer.de1", true, null);

        KaribuLogin.loginAndOpen(context, "officer.jp2");
        UI.getCurrent().navigate("visits/" + reference);
        @SuppressWarnings("unchecked")
        Select<HostAuthorityDecision> decision = _get(Select.class, spec -> spec.withId("decision"));
        decision.setValue(HostAuthorityDecision.REJECT);
        Button complete = _get(Button.class, spec -> spec.withId("task-action-complete"));
        _click(complete);
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reasonCode = _get(Select.class, spec -> spec.withLabel(
                translations.getTranslation("visit.reasonCode", Locale.JAPANESE)));
        assertThat(reasonCode.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference))
                .isEqualTo("IN_REVIEW");

        reasonCode.setValue(RejectionReason.NO_NEED_TO_KNOW);
        _get(TextArea.class, spec -> spec.withLabel(translations.getTranslation("visit.reason", Locale.JAPANESE)))
                .setValue("No need-to-know for the requested sites.");
        _click(_get(Button.class, spec -> spec.withId("task-action-complete")));
        assertThat(jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select reason_code from visit_request where reference = ?", String.class, reference))
                .isEqualTo("NO_NEED_TO_KNOW");
    }

    /** Someone changed the request while the applicant had the amendment open: a clear message, nothing lost. */
    @Test
    void anAmendmentOfARequestChangedMeanwhileSaysSoAndKeepsTheEntries() {
        String reference = submitGermanVisit(context, 24, "DE-VSV");
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/" + reference);
        _click(_get(Button.class, spec -> spec.withId("amend-visit-request")));
        VisitRequestForm form = _get(VisitRequestForm.class);
        VisitRequestData typed = form.getData();
        VisitRequestData mine = new VisitRequestData(typed.type(), typed.requestingFacilityId(),
                typed.hostFacilityId(), typed.programmeReference(), "My amendment", typed.startDate(),
                typed.endDate(), typed.levelId(), typed.handCarry(), null, null, typed.sites(), typed.visitors());
        form.setData(mine);
        // a colleague of the same company amends the same request meanwhile
        visitRequests.amend(reference, new VisitRequestData(typed.type(), typed.requestingFacilityId(),
                typed.hostFacilityId(), typed.programmeReference(), "A colleague's amendment", typed.startDate(),
                typed.endDate(), typed.levelId(), typed.handCarry(), null, null, typed.sites(), typed.visitors()),
                "applicant.de", null);

        _click(_get(Button.class, spec -> spec.withText(translations.getTranslation("visit.amend.save",
                Locale.GERMAN))));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains(translations.getTranslation("visit.changedMeanwhile", Locale.GERMAN));
        assertThat(_get(VisitRequestForm.class).getData().purpose()).as("the entries stay").isEqualTo("My amendment");
        assertThat(jdbc.queryForObject("select purpose from visit_request where reference = ?", String.class,
                reference)).as("the colleague's change is not overwritten").isEqualTo("A colleague's amendment");
    }

    @Test
    void aControlCharacterInTheFormIsShownNextToItsFieldAndNothingIsSaved() {
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("visits/new");
        VisitRequestForm form = _get(VisitRequestForm.class);
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(29);
        VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV");
        form.setData(new VisitRequestData(sample.type(), sample.requestingFacilityId(), sample.hostFacilityId(),
                sample.programmeReference(), "Joint review\u0000 of the radar test results", sample.startDate(),
                sample.endDate(), sample.levelId(), sample.handCarry(), null, null, sample.sites(), sample.visitors()));
        int before = requestCount();

        _click(_get(Button.class, spec -> spec.withId("submit-visit-request")));

        TextArea purpose = _get(TextArea.class, spec -> spec.withLabel(translations.getTranslation("visit.purpose", Locale.GERMAN)));
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.controlCharacters", Locale.GERMAN));
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void aControlCharacterInAReasonIsShownNextToItAndTheTaskStaysOpen() {
        String reference = submitGermanVisit(context, 33, "DE-VSV");
        tasks.certify(tasks.openTasksOf(reference, "officer.de1").get(0).taskId(), "officer.de1", true, null);

        KaribuLogin.loginAndOpen(context, "officer.jp2");
        UI.getCurrent().navigate("visits/" + reference);
        @SuppressWarnings("unchecked")
        Select<HostAuthorityDecision> decision = _get(Select.class, spec -> spec.withId("decision"));
        decision.setValue(HostAuthorityDecision.REQUEST_INFORMATION);
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel(
                translations.getTranslation("visit.reason", Locale.JAPANESE)));
        reason.setValue("Which contract\u001B[31m covers the visit?");
        _click(_get(Button.class, spec -> spec.withId("task-action-complete")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.controlCharacters", Locale.JAPANESE));
        assertThat(jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference))
                .isEqualTo("IN_REVIEW");
    }
}
