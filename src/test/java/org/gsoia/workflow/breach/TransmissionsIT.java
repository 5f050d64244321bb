package org.gsoia.workflow.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gsoia.workflow.breach.process.TransmissionProcess;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transmission register on PostgreSQL (R-BR-08): bad dispatches refused; receipt deadlines in the sender's
 * working days (7 at home in Germany, 15 from Japan abroad across Japan's holidays); an overdue receipt opens a
 * possible-loss breach case by the engine's own timer; a receipt in time ends the wait and is recorded only once.
 */
@GsoiaSpringTest
class TransmissionsIT {

    @Autowired Transmissions transmissions;
    @Autowired BreachCases cases;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final List<String> references = new ArrayList<>();

    @AfterEach
    void removeThem() {
        for (String reference : references) {
            settle(reference);
            String breach = jdbc.queryForObject("select breach_reference from breach_transmission where reference = ?",
                    String.class, reference);
            TestBreaches.end(jdbc, runtimeService, reference);
            jdbc.update("delete from breach_transmission where reference = ?", reference);
            if (breach != null) {
                TestBreaches.end(jdbc, runtimeService, breach);
            }
        }
    }

    private Transmission dispatch(TransmissionData data, String userId) {
        Transmission transmission = transmissions.dispatch(data, userId);
        references.add(transmission.getReference());
        return transmission;
    }

    private static TransmissionData data(Transmission.Route route, String recipientParty, String levelId,
                                         LocalDate on) {
        return new TransmissionData(route, recipientParty, "Rheintal Avionik GmbH, VS-Registratur", "ATLA",
                "ATLA-2026-0412", "2/4", BreachItem.Medium.PAPER, levelId, on);
    }

    private List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidBreachException refused) {
            return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        return List.of();
    }

    @Test
    void badDispatchesAreRefusedAndDeadlinesCountTheSendersWorkingDays() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        assertThat(problems(() -> transmissions.dispatch(new TransmissionData(null, "XX", " ", "ATLA", "",
                "1\n2", null, "DE-GEHEIM", today.plusDays(3)), "applicant.de"))).containsExactlyInAnyOrder(
                "route:validation.choose", "recipientParty:validation.choose", "recipient:validation.required",
                "registryNumber:validation.required", "copyNumber:validation.controlCharacters",
                "medium:validation.choose", "levelId:validation.breach.notOriginatorLevel",
                "dispatchedOn:validation.breach.inFuture");

        Transmission domestic = dispatch(data(Transmission.Route.REGISTERED_MAIL, "DE", "JP-GOKUHI",
                LocalDate.of(2026, 11, 2)), "applicant.de");
        assertThat(domestic.getReceiptDueOn()).as("7 German working days after Monday 2 November")
                .isEqualTo(LocalDate.of(2026, 11, 11));
        Transmission abroad = dispatch(data(Transmission.Route.DIPLOMATIC_BAG, "DE", "DE-GEHEIM",
                LocalDate.of(2026, 11, 2)), "applicant.jp");
        assertThat(abroad.getReceiptDueOn()).as("15 Japanese working days, without 3 and 23 November")
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void anOverdueReceiptOpensAPossibleLossAndAReceiptInTimeEndsTheWait() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        Transmission overdue = dispatch(data(Transmission.Route.COMMERCIAL_COURIER, "DE", "JP-HI",
                today.minusDays(30)), "applicant.de");
        String breach = awaitPossibleLoss(overdue.getReference());
        BreachCase possibleLoss = cases.byReference(breach).orElseThrow();
        assertThat(possibleLoss.getEventType()).isEqualTo(BreachCase.EventType.OVERDUE_RECEIPT);
        assertThat(possibleLoss.getClassification()).isEqualTo(BreachCase.Classification.POSSIBLE);
        assertThat(possibleLoss.getOrganisationId()).isEqualTo("DE-NORDWERK");
        assertThat(possibleLoss.getReportedBy()).isEqualTo("applicant.de");
        assertThat(possibleLoss.getItems()).extracting(BreachItem::getRegistryNumber).containsExactly("ATLA-2026-0412");
        assertThat(possibleLoss.discovery().toLocalDate()).isEqualTo(overdue.getReceiptDueOn().plusDays(1));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(breach).count())
                .as("the breach chain runs").isEqualTo(1);

        Transmission inTime = dispatch(data(Transmission.Route.REGISTERED_MAIL, "DE", "JP-HI", today),
                "applicant.de");
        assertThat(problems(() -> transmissions.recordReceipt(inTime.getReference(), inTime.getVersion(),
                today.minusDays(1), "applicant.de"))).containsExactly("receivedOn:validation.breach.receivedBeforeDispatch");
        assertThatThrownBy(() -> transmissions.recordReceipt(inTime.getReference(), inTime.getVersion(), today,
                "applicant.jp")).as("another organisation's register").isInstanceOf(BreachNotFoundException.class);
        transmissions.recordReceipt(inTime.getReference(), inTime.getVersion(), today, "applicant.de");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TransmissionProcess.PROCESS_KEY)
                .processInstanceBusinessKey(inTime.getReference()).count()).isZero();
        assertThatThrownBy(() -> transmissions.recordReceipt(inTime.getReference(), inTime.getVersion(), today,
                "applicant.de")).as("stale version").isInstanceOf(BreachChangedException.class);
        Transmission again = transmissions.find(inTime.getReference(), "applicant.de").orElseThrow();
        assertThat(problems(() -> transmissions.recordReceipt(again.getReference(), again.getVersion(), today,
                "applicant.de"))).containsExactly("receivedOn:validation.breach.alreadyReceived");
        assertThat(transmissions.page("applicant.de", 0, 50)).extracting(Transmission::getReference)
                .contains(overdue.getReference(), inTime.getReference());
    }

    /** Lets an overdue dispatch's timer finish its work (it opens a breach case) before the test removes it. */
    private void settle(String reference) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until
                && TestBreaches.fireDueJobs(runtimeService, managementService, reference) > 0) {
            Thread.onSpinWait();
        }
    }

    private String awaitPossibleLoss(String reference) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            String breach = jdbc.queryForObject("select breach_reference from breach_transmission where reference = ?",
                    String.class, reference);
            if (breach != null) {
                return breach;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no possible-loss case for " + reference + " within 30 s");
            }
            TestBreaches.fireDueJobs(runtimeService, managementService, reference);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
