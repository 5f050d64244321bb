package org.gsoia.workflow.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachItemData;
import org.gsoia.workflow.breach.BreachReportData;
import org.gsoia.workflow.breach.Transmission;
import org.gsoia.workflow.breach.TransmissionData;
import org.gsoia.workflow.breach.Transmissions;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load of the crash harness, through the product's own services as the demo users: applicants file visit requests
 * and record dispatches (half of them overdue, so that their receipt timer is due at once and opens a possible-loss
 * breach case with its own timers) and report losses whose first one-hour target falls due within a minute or so,
 * German officers certify, Japanese officers decide, the host facility acknowledges.
 * Threads pick among the five oldest open tasks of a kind, so two of them often race for the same task (two officers
 * deciding one request at once). Each acknowledgement goes to the {@link Journal} after the call returned.
 */
final class CrashWorkload {

    private final VisitRequests visitRequests;
    private final VisitTasks tasks;
    private final Transmissions transmissions;
    private final BreachCases breaches;
    private final JdbcTemplate jdbc;
    private final LocalDate earliestVisit;
    private final Path journalFile;
    private final int threads;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    CrashWorkload(ApplicationContext context, Path journalFile, int threads) {
        this.visitRequests = context.getBean(VisitRequests.class);
        this.tasks = context.getBean(VisitTasks.class);
        this.transmissions = context.getBean(Transmissions.class);
        this.breaches = context.getBean(BreachCases.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        Agreements agreements = context.getBean(Agreements.class);
        this.earliestVisit = context.getBean(LeadTimes.class).earliestVisitDate(agreements.currentId(), "JP",
                VisitType.ONE_TIME);
        this.journalFile = journalFile;
        this.threads = threads;
    }

    /** Runs until the JVM is killed, printing what was acknowledged every five seconds. */
    void run() throws Exception {
        try (Journal journal = new Journal(journalFile)) {
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> work(journal), "crash-load-" + i);
                worker.setDaemon(true);
                worker.start();
            }
            System.out.println("LOAD RUNNING threads=" + threads);
            while (true) {
                Thread.sleep(5000);
                System.out.println("LOAD " + new TreeMap<>(counts));
            }
        }
    }

    private void work(Journal journal) {
        while (true) {
            int dice = ThreadLocalRandom.current().nextInt(100);
            String action = dice < 30 ? "submit" : dice < 50 ? "certify" : dice < 72 ? "decide" : dice < 85
                    ? "acknowledge" : dice < 93 ? "dispatch" : "report";
            try {
                boolean done = switch (action) {
                    case "submit" -> submit(journal);
                    case "certify" -> certify(journal);
                    case "decide" -> decide(journal);
                    case "acknowledge" -> acknowledge(journal);
                    case "dispatch" -> dispatch(journal);
                    default -> report(journal);
                };
                if (done) {
                    count(action);
                }
            } catch (RuntimeException refused) {
                // a lost race for a task, or a concurrent change: the product refused, nothing was acknowledged
                count(action + " refused " + (refused instanceof TaskActionRefusedException task ? task.reason()
                        : refused.getClass().getSimpleName()));
            }
        }
    }

    private boolean submit(Journal journal) {
        LocalDate start = earliestVisit.plusDays(20 + ThreadLocalRandom.current().nextInt(60));
        String reference = visitRequests.submit(VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV"),
                "applicant.de").getReference();
        journal.record("SUBMITTED", reference);
        return true;
    }

    private boolean certify(Journal journal) {
        String[] task = oldestTask(VisitProcess.CERTIFY_CLEARANCES);
        if (task == null) {
            return false;
        }
        tasks.certify(task[0], either("officer.de1", "officer.de2"), true, null);
        journal.record("CERTIFIED", task[1]);
        return true;
    }

    private boolean decide(Journal journal) {
        String[] task = oldestTask(VisitProcess.REVIEW_REQUEST);
        if (task == null) {
            return false;
        }
        String officer = either("officer.jp1", "officer.jp2");
        boolean approve = ThreadLocalRandom.current().nextInt(5) > 0;
        HostAuthorityDecision decision = approve ? HostAuthorityDecision.APPROVE : HostAuthorityDecision.REJECT;
        tasks.decide(task[0], officer, decision, null, null, approve ? null : RejectionReason.NO_NEED_TO_KNOW, null);
        journal.record("DECIDED", task[1], decision.name(), officer);
        return true;
    }

    private boolean acknowledge(Journal journal) {
        String[] task = oldestTask(VisitProcess.ACKNOWLEDGE_NOTICE);
        if (task == null) {
            return false;
        }
        tasks.acknowledge(task[0], "facility.jp");
        journal.record("ACKNOWLEDGED", task[1]);
        return true;
    }

    private boolean dispatch(Journal journal) {
        boolean overdue = ThreadLocalRandom.current().nextBoolean();
        LocalDate dispatched = LocalDate.now().minusDays(overdue ? 40 : 0);
        Transmission transmission = transmissions.dispatch(new TransmissionData(Transmission.Route.COMMERCIAL_COURIER,
                "JP", "防衛装備庁 装備政策部", "防衛装備庁 装備政策部", "ATLA-CRASH-" + System.nanoTime(), "1/1",
                BreachItem.Medium.PAPER, "JP-HI", dispatched), "applicant.de");
        journal.record("DISPATCHED", transmission.getReference(), overdue ? "overdue" : "due-later");
        return true;
    }

    /**
     * A loss discovered almost an hour ago: the security officer's one-hour target falls due 20 to 90 seconds from
     * now, mostly while the product is down or starting again, and nobody opens the case, so the timer must fire.
     */
    private boolean report(Journal journal) {
        Instant officerDue = Instant.now().plusSeconds(20 + ThreadLocalRandom.current().nextInt(70));
        ZonedDateTime discovered = officerDue.minus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/Berlin"));
        String reference = breaches.report(new BreachReportData(BreachCase.EventType.LOSS, "DE-NORDWERK-BRE",
                "Registry, building 2",
                discovered, null, "Crash harness: a copy was not found at the evening check.", null, null,
                "Security officer, Nordwerk Bremen", List.of(new BreachItemData("防衛装備庁 装備政策部",
                        "ATLA-CRASH-" + System.nanoTime(), null, null, "1/1", BreachItem.Medium.PAPER, "JP-HI"))),
                "applicant.de").getReference();
        journal.record("REPORTED", reference);
        return true;
    }

    /** One of the five oldest open tasks of the kind in the load's cases: task id and reference. */
    private String[] oldestTask(String taskKey) {
        List<String[]> candidates = jdbc.query("select task_id, case_reference from task_inbox where task_key = ?"
                        + " and case_reference like 'VR-%' and assignee is null order by changed_at, task_id limit 5",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, taskKey);
        return candidates.isEmpty() ? null
                : candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
    }

    private static String either(String one, String other) {
        return ThreadLocalRandom.current().nextBoolean() ? one : other;
    }

    private void count(String what) {
        counts.computeIfAbsent(what.toLowerCase(Locale.ROOT), k -> new AtomicLong()).incrementAndGet();
    }
}
