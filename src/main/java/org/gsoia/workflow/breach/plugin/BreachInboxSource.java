package org.gsoia.workflow.breach.plugin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/**
 * A breach case in the inbox: the organisation concerned, the party whose authority holds the task, the highest
 * level of the items (the originator's marking). Due: the chain's targets (instants), the final report's deadline
 * while the investigation runs, the earliest open corrective action while they are followed up (so an overdue
 * action shows).
 */
@Component
class BreachInboxSource implements InboxCaseSource {

    private final BreachCases cases;
    private final EquivalenceService levels;
    private final WorkingDayCalendars calendars;

    BreachInboxSource(BreachCases cases, EquivalenceService levels, WorkingDayCalendars calendars) {
        this.cases = cases;
        this.levels = levels;
        this.calendars = calendars;
    }

    @Override
    public Procedure procedure() {
        return BreachProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return cases.byReference(reference).map(breach -> {
            boolean originatorTask = BreachProcess.ASSESS_DAMAGE.equals(taskKey) || BreachProcess.REVIEW.equals(taskKey);
            Optional<ClassificationLevel> highest = breach.getItems().stream().map(BreachItem::getLevelId)
                    .map(levels::level).max(Comparator.comparingInt(ClassificationLevel::getRank));
            return new InboxCaseFacts(breach.getOrganisationId(),
                    originatorTask ? breach.getOriginatingParty() : breach.getReceivingParty(), breach.getAgreementId(),
                    highest.map(ClassificationLevel::getId).orElse(null), breach.getOriginatingParty(),
                    highest.map(ClassificationLevel::getRank).orElse(null), due(breach, taskKey));
        });
    }

    private Instant due(BreachCase breach, String taskKey) {
        if (taskKey == null) {
            return null;
        }
        return switch (taskKey) {
            case BreachProcess.OPEN_CASE -> breach.getOfficerDueAt();
            case BreachProcess.NOTIFY_ORIGINATOR -> breach.getOriginatorDueAt().orElse(null);
            case BreachProcess.INVESTIGATE, BreachProcess.FINAL_REPORT -> endOf(breach.getFinalReportDueOn(),
                    breach.getReceivingParty());
            case BreachProcess.FOLLOW_UP -> endOf(breach.firstOpenActionDue().orElse(null),
                    breach.getReceivingParty());
            default -> null;
        };
    }

    private Instant endOf(LocalDate day, String party) {
        return day == null ? null : day.plusDays(1).atStartOfDay(calendars.forParty(party).zone()).toInstant();
    }
}
