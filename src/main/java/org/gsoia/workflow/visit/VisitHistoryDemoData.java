package org.gsoia.workflow.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.casefile.CaseChanged;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: twelve weeks of history for the manager dashboard. About sixty visit requests are driven through
 * the real services (certified, decided, some escalated, confirmed, acknowledged, visits ended), then their engine
 * history and request dates are moved back in time with believable durations per step, as if they had been filed
 * over the past weeks. A few stay open at different ages, so the backlog has more than one age bucket. Runs once,
 * after {@link VisitDemoData}; skipped when history older than a week exists, or with {@code gsoia.demo.history=false}.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gsoia.demo.history", havingValue = "true", matchIfMissing = true)
@Order(30)
class VisitHistoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisitHistoryDemoData.class);
    private static final int CASES = 60;
    private static final int WEEKS = 12;

    enum Scenario { APPROVED, APPROVED_FOUR_EYES, REJECTED, ESCALATED, OPEN_CERTIFICATION, OPEN_REVIEW }

    private final VisitRequests visitRequests;
    private final VisitDemoSteps steps;
    private final VisitRequestRepository requests;
    private final LeadTimes leadTimes;
    private final Agreements agreements;
    private final WorkingDayCalendars calendars;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VisitHistoryDemoData(VisitRequests visitRequests, VisitDemoSteps steps, VisitRequestRepository requests,
                         LeadTimes leadTimes, Agreements agreements, WorkingDayCalendars calendars, JdbcTemplate jdbc,
                         Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.visitRequests = visitRequests;
        this.steps = steps;
        this.requests = requests;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Timestamp weekAgo = Timestamp.valueOf(now().minusDays(7));
        Integer old = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where START_TIME_ < ?",
                Integer.class, weekAgo);
        if (old != null && old > 0) {
            return;
        }
        Random random = new Random(20260322L);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        int built = 0;
        for (int i = 0; i < CASES; i++) {
            boolean germanApplicant = random.nextInt(5) < 3;
            int daysAgo = WEEKS * 7 - (i * WEEKS * 7 / CASES) - random.nextInt(3);
            LocalDate filed = weekday(today.minusDays(Math.max(1, daysAgo)));
            Scenario scenario = scenario(random, today, filed);
            try {
                build(germanApplicant, filed, scenario, random, today);
                built++;
            } catch (RuntimeException failed) {
                log.error("Could not build a historic demo visit request", failed);
            }
        }
        log.info("Historic demo visit requests ready: {}", built);
    }

    private Scenario scenario(Random random, LocalDate today, LocalDate filed) {
        long age = Duration.between(filed.atStartOfDay(), today.atStartOfDay()).toDays();
        int dice = random.nextInt(100);
        if (age <= 35 && dice < 30) {
            return dice < 12 ? Scenario.OPEN_CERTIFICATION : Scenario.OPEN_REVIEW;
        }
        if (dice < 10) {
            return Scenario.REJECTED;
        }
        if (dice < 26) {
            return Scenario.ESCALATED;
        }
        if (dice < 42) {
            return Scenario.APPROVED_FOUR_EYES;
        }
        return Scenario.APPROVED;
    }

    private void build(boolean germanApplicant, LocalDate filed, Scenario scenario, Random random, LocalDate today) {
        String host = germanApplicant ? "JP" : "DE";
        String sending = germanApplicant ? "DE" : "JP";
        String level = scenario == Scenario.APPROVED_FOUR_EYES ? (germanApplicant ? "DE-GEHEIM" : "JP-GOKUHI")
                : (germanApplicant ? "DE-VSV" : "JP-HI");
        LocalDate earliest = leadTimes.earliestVisitDate(agreements.currentId(), host, VisitType.ONE_TIME);
        LocalDate futureStart = earliest.plusDays(10 + random.nextInt(20));
        VisitRequestData data = germanApplicant
                ? VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, futureStart, level)
                : VisitSamples.japaneseVisitToGermany(VisitType.ONE_TIME, futureStart, level);
        String applicant = germanApplicant ? "applicant.de" : "applicant.jp";
        String sendingOfficer = "officer." + sending.toLowerCase() + (1 + random.nextInt(2));
        String hostOfficer = "officer." + host.toLowerCase() + (1 + random.nextInt(2));
        String otherHostOfficer = hostOfficer.endsWith("1") ? hostOfficer.replace("1", "2") : hostOfficer.replace("2", "1");
        String reference = visitRequests.submit(data, applicant).getReference();

        // the new time line: filed on a working morning, then believable durations per step (in hours)
        LocalDateTime t0 = filed.atTime(8 + random.nextInt(8), random.nextInt(60));
        Map<String, double[]> plan = new HashMap<>();
        double cursor = 0;
        cursor = step(plan, "certifyClearances", cursor, 2 + random.nextDouble() * (random.nextInt(4) == 0 ? 160 : 50));
        if (scenario == Scenario.OPEN_CERTIFICATION) {
            rewrite(reference, t0, plan, null, null, null);
            return;
        }
        steps.certify(reference, sendingOfficer);
        if (scenario == Scenario.OPEN_REVIEW) {
            rewrite(reference, t0, plan, null, null, null);
            return;
        }
        // a visit some weeks after filing; the decision is due five working days before it
        LocalDate visitStart = weekday(filed.plusDays(24 + random.nextInt(18)));
        LocalDate due = calendars.forParty(host).addWorkingDays(visitStart, -5);
        double dueHours = Duration.between(t0, due.atTime(23, 59)).toMinutes() / 60.0;
        if (scenario == Scenario.ESCALATED) {
            steps.fireLatestTimer(reference); // lets the decision deadline pass: the only timer while in review
            step(plan, "handleEscalation", dueHours + 9, 4 + random.nextDouble() * 30);
            cursor = step(plan, "reviewRequest", cursor, Math.max(dueHours + 40, cursor) - cursor
                    + random.nextDouble() * 70);
            steps.handleEscalation(reference, hostOfficer);
        } else {
            double review = 20 + random.nextDouble() * (random.nextInt(3) == 0 ? 260 : 140);
            cursor = step(plan, "reviewRequest", cursor, Math.min(review, Math.max(12, dueHours - cursor - 30)
                    + (random.nextInt(8) == 0 ? 60 : 0)));
        }
        HostAuthorityDecision decision = scenario == Scenario.REJECTED ? HostAuthorityDecision.REJECT
                : HostAuthorityDecision.APPROVE;
        steps.decide(reference, hostOfficer, decision,
                decision == HostAuthorityDecision.REJECT ? "No need-to-know shown for the requested sites." : null);
        double decidedHours = cursor;
        if (scenario == Scenario.APPROVED_FOUR_EYES) {
            cursor = step(plan, "confirmDecision", cursor, 3 + random.nextDouble() * 40);
            steps.confirm(reference, otherHostOfficer);
        }
        if (scenario == Scenario.REJECTED) {
            rewrite(reference, t0, plan, decidedHours, new LocalDate[] {visitStart, visitStart.plusDays(1), due},
                    cursor);
            return;
        }
        String facility = germanApplicant ? "facility.jp" : "facility.de";
        cursor = step(plan, "acknowledgeNotice", cursor, 4 + random.nextDouble() * 70);
        steps.acknowledge(reference, facility);
        LocalDate visitEnd = visitStart.plusDays(random.nextInt(3));
        if (!visitEnd.isBefore(today)) {
            // the visit lies ahead: the case stays open, waiting for the visit as filed
            rewrite(reference, t0, plan, decidedHours, null, null);
            return;
        }
        steps.fireLatestTimer(reference);
        double endHours = Duration.between(t0, visitEnd.plusDays(1).atStartOfDay()).toMinutes() / 60.0;
        rewrite(reference, t0, plan, decidedHours, new LocalDate[] {visitStart, visitEnd, due},
                Math.max(endHours, cursor));
    }

    private static double step(Map<String, double[]> plan, String taskKey, double startHours, double hours) {
        plan.put(taskKey, new double[] {startHours, startHours + hours});
        return startHours + hours;
    }

    /**
     * Moves the case's history onto the planned time line: each user task gets its planned start and end; every
     * other engine timestamp of the case moves with the latest task boundary (or the start) before it.
     */
    private void rewrite(String reference, LocalDateTime t0, Map<String, double[]> plan, Double decidedHours,
                         LocalDate[] visitDates, Double endHours) {
        String pid = jdbc.queryForObject("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", String.class,
                reference);
        Map<String, Object> process = jdbc.queryForMap(
                "select START_TIME_, END_TIME_ from ACT_HI_PROCINST where ID_ = ?", pid);
        List<long[]> anchors = new ArrayList<>();
        long origStart = ((Timestamp) process.get("START_TIME_")).getTime();
        anchors.add(new long[] {origStart, millis(t0, 0)});
        List<Map<String, Object>> taskRows = jdbc.queryForList(
                "select ID_, TASK_DEF_KEY_, START_TIME_, END_TIME_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?", pid);
        for (Map<String, Object> task : taskRows) {
            double[] times = plan.get((String) task.get("TASK_DEF_KEY_"));
            if (times == null) {
                continue;
            }
            long start = millis(t0, times[0]);
            Timestamp origEnd = (Timestamp) task.get("END_TIME_");
            anchors.add(new long[] {((Timestamp) task.get("START_TIME_")).getTime(), start});
            if (origEnd != null) {
                long end = millis(t0, times[1]);
                anchors.add(new long[] {origEnd.getTime(), end});
                jdbc.update("update ACT_HI_TASKINST set START_TIME_ = ?, END_TIME_ = ?, DURATION_ = ? where ID_ = ?",
                        new Timestamp(start), new Timestamp(end), end - start, task.get("ID_"));
            } else {
                jdbc.update("update ACT_HI_TASKINST set START_TIME_ = ? where ID_ = ?", new Timestamp(start),
                        task.get("ID_"));
            }
        }
        Timestamp origEnd = (Timestamp) process.get("END_TIME_");
        if (origEnd != null && endHours != null) {
            anchors.add(new long[] {origEnd.getTime(), millis(t0, endHours)});
        }
        anchors.sort(Comparator.comparingLong((long[] a) -> a[0]).thenComparingLong(a -> a[1]));

        for (Map<String, Object> act : jdbc.queryForList(
                "select ID_, START_TIME_, END_TIME_ from ACT_HI_ACTINST where PROC_INST_ID_ = ?", pid)) {
            long start = map(anchors, ((Timestamp) act.get("START_TIME_")).getTime());
            Timestamp end = (Timestamp) act.get("END_TIME_");
            if (end == null) {
                jdbc.update("update ACT_HI_ACTINST set START_TIME_ = ? where ID_ = ?", new Timestamp(start),
                        act.get("ID_"));
            } else {
                long mappedEnd = Math.max(start, map(anchors, end.getTime()));
                jdbc.update("update ACT_HI_ACTINST set START_TIME_ = ?, END_TIME_ = ?, DURATION_ = ? where ID_ = ?",
                        new Timestamp(start), new Timestamp(mappedEnd), mappedEnd - start, act.get("ID_"));
            }
        }
        for (Map<String, Object> link : jdbc.queryForList(
                "select ID_, TIMESTAMP_ from ACT_HI_IDENTITYLINK where TASK_ID_ in "
                        + "(select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?)", pid)) {
            Timestamp at = (Timestamp) link.get("TIMESTAMP_");
            if (at != null) {
                jdbc.update("update ACT_HI_IDENTITYLINK set TIMESTAMP_ = ? where ID_ = ?",
                        new Timestamp(map(anchors, at.getTime())), link.get("ID_"));
            }
        }
        if (origEnd != null && endHours != null) {
            long end = millis(t0, endHours);
            jdbc.update("update ACT_HI_PROCINST set START_TIME_ = ?, END_TIME_ = ?, DURATION_ = ? where ID_ = ?",
                    new Timestamp(millis(t0, 0)), new Timestamp(end), end - millis(t0, 0), pid);
        } else {
            jdbc.update("update ACT_HI_PROCINST set START_TIME_ = ? where ID_ = ?", new Timestamp(millis(t0, 0)), pid);
        }
        ZoneId zone = ZoneId.systemDefault();
        jdbc.update("update visit_request set submitted_at = ? where reference = ?",
                OffsetDateTime.of(t0, zone.getRules().getOffset(t0)), reference);
        if (decidedHours != null) {
            LocalDateTime decided = t0.plusMinutes(Math.round(decidedHours * 60));
            jdbc.update("update visit_request set decided_at = ? where reference = ?",
                    OffsetDateTime.of(decided, zone.getRules().getOffset(decided)), reference);
        }
        if (visitDates != null) {
            jdbc.update("update visit_request set start_date = ?, end_date = ?, decision_due_date = ? "
                    + "where reference = ?", visitDates[0], visitDates[1], visitDates[2], reference);
        }
        // open tasks show the moved deadline, the dashboard counts the case at its back-dated times
        events.publishEvent(new CaseChanged(reference));
    }

    /** The new time of an old one: that of the latest anchor at or before it. */
    private static long map(List<long[]> anchors, long original) {
        long mapped = anchors.get(0)[1];
        for (long[] anchor : anchors) {
            if (anchor[0] <= original) {
                mapped = Math.max(mapped, anchor[1]);
            }
        }
        return mapped;
    }

    private static long millis(LocalDateTime t0, double hours) {
        return Timestamp.valueOf(t0.plusMinutes(Math.round(hours * 60))).getTime();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private static LocalDate weekday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
