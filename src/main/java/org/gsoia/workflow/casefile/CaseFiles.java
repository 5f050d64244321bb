package org.gsoia.workflow.casefile;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsoia.workflow.audit.AuditEvent;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file of any procedure: finds the procedure that owns a reference, lets it decide need-to-know and supply
 * the case's data, and adds what the engine and the audit trail know. A case the user may not see is empty here,
 * exactly like one that does not exist, whatever reference is asked for.
 */
@Service
public class CaseFiles {

    /** Audit action of an administrator's retry of an incident. */
    static final String INCIDENT_RETRIED = "INCIDENT_RETRIED";

    private final List<CaseFileSource> sources;
    private final CaseEngine engine;
    private final AuditLog auditLog;
    private final UserDirectory users;
    private final People people;
    private final MessageSource messages;
    private final CaseIncidents incidents;

    CaseFiles(List<CaseFileSource> sources, CaseEngine engine, AuditLog auditLog, UserDirectory users,
              People people, MessageSource messages, CaseIncidents incidents) {
        this.sources = List.copyOf(sources);
        this.engine = engine;
        this.incidents = incidents;
        this.auditLog = auditLog;
        this.users = users;
        this.people = people;
        this.messages = messages;
    }

    /** The case with its open tasks, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<CaseFile> open(String reference, String userId, Locale locale) {
        Optional<CaseFile> caseFile = source(reference).flatMap(source -> source.open(reference, userId, locale)
                .map(content -> new CaseFile(source.procedure(), content, engine.openTasks(reference, locale,
                        holders(new HashMap<>()), (task, l) -> activityName(source, task.getTaskDefinitionKey(), l)
                                .orElse(task.getName())))));
        // every read of a case file is in the audit trail (a refused one as the error page's probe)
        caseFile.ifPresent(opened -> auditLog.record(userId, "CASE_FILE_READ", reference, null));
        return caseFile;
    }

    /** Whether the user may see the case (for actions that need no content). */
    @Transactional(readOnly = true)
    public boolean isVisible(String reference, String userId) {
        return source(reference).map(source -> source.isVisibleTo(reference, userId)).orElse(false);
    }

    /**
     * The engine's history of the case merged with the application's audit events on it, oldest first; empty for a
     * case the user may not see.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String reference, String userId, Locale locale) {
        Optional<CaseFileSource> source = source(reference).filter(s -> s.isVisibleTo(reference, userId));
        if (source.isEmpty()) {
            return List.of();
        }
        CaseEngine.Texts texts = new CaseEngine.Texts() {
            @Override
            public String text(String key, Locale l, Object... arguments) {
                return CaseFiles.this.text(key, l, arguments);
            }

            @Override
            public String activityName(String activityId, String modelName, Locale l) {
                return CaseFiles.this.activityName(source.get(), activityId, l).orElse(modelName == null ? activityId : modelName);
            }
        };
        // a timeline names the same few people again and again: each looked up once
        Map<String, String> names = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>(engine.history(reference, locale, holders(names), texts));
        Optional<UserAccount> reader = users.find(userId);
        boolean authorityReader = reader.map(u -> u.hasRole(Role.AUTHORITY)).orElse(false);
        boolean administrator = reader.map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        for (AuditEvent event : auditLog.bySubject(reference)) {
            if (INCIDENT_RETRIED.equals(event.getAction()) && !administrator) {
                // incidents are the operators' business (see incidents()); the audit screen keeps the event for all
                continue;
            }
            entries.add(new TimelineEntry(event.getOccurredAt().toInstant(), TimelineEntry.Kind.ACTION,
                    knownName(event.getUserId(), names, locale), text("audit.action." + event.getAction(), locale),
                    event.getDetails() == null ? "" : source.get().auditDetails(event.getAction(), event.getDetails(), authorityReader,
                            locale)));
        }
        return CaseEngine.sorted(entries);
    }

    /** Whether the user may add comments and attachments to the case (see {@link CaseFileSource#mayContribute}). */
    @Transactional(readOnly = true)
    public boolean mayContribute(String reference, String userId) {
        return source(reference).map(source -> source.mayContribute(reference, userId)).orElse(false);
    }

    /** The case's process diagram with its path, if the user may see the case and it has a process. */
    @Transactional(readOnly = true)
    public Optional<DiagramState> diagram(String reference, String userId) {
        return isVisible(reference, userId) ? engine.diagram(reference) : Optional.empty();
    }

    /**
     * The case's automatic steps that failed, for an administrator who may see the case: those the engine still
     * retries on its own and the incidents that wait for a retry. Empty for everyone else: a fault's details are
     * the operators' business, and only they can act on it.
     */
    @Transactional(readOnly = true)
    public List<CaseIncident> incidents(String reference, String userId, Locale locale) {
        Optional<CaseFileSource> source = administeredSource(reference, userId);
        if (source.isEmpty()) {
            return List.of();
        }
        return incidents.failures(reference).stream().map(f -> new CaseIncident(f.jobId(), stepName(source.get(), f, locale),
                f.cause(), f.retriesLeft(), instant(f.raised()), instant(f.nextAttempt()))).toList();
    }

    /**
     * An administrator gives an incident of the case one more attempt, due at once; recorded in the audit trail.
     *
     * @return the step tried again, empty when it is no incident of this case any more (retried meanwhile, e.g. in
     *     Cockpit)
     */
    @Transactional
    public Optional<String> retryIncident(String reference, String jobId, String userId, Locale locale) {
        Optional<CaseFileSource> source = administeredSource(reference, userId);
        if (source.isEmpty()) {
            throw new CaseNotFoundException(reference);
        }
        Optional<CaseIncidents.Failure> retried = incidents.retry(reference, jobId, userId);
        retried.ifPresent(f -> auditLog.record(userId, INCIDENT_RETRIED, reference, f.activityId()));
        return retried.map(f -> stepName(source.get(), f, locale));
    }

    /**
     * The case's source when the user is an administrator who may see the case. Every reader's case file asks this,
     * so the role comes from the user's groups alone (one query), not the whole account.
     */
    private Optional<CaseFileSource> administeredSource(String reference, String userId) {
        if (!users.groupsOf(userId).contains(Role.ADMIN.groupId())) {
            return Optional.empty();
        }
        return source(reference).filter(s -> s.isVisibleTo(reference, userId));
    }

    private String stepName(CaseFileSource source, CaseIncidents.Failure failure, Locale locale) {
        String id = failure.activityId() == null ? "" : failure.activityId();
        return activityName(source, id, locale).orElse(failure.modelName() == null ? id : failure.modelName());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The time zone the user reads times in: that of the user's party (Berlin, Tokyo); UTC when unknown. */
    public ZoneId zoneOf(String userId) {
        return people.zoneOf(userId);
    }

    /** A person's name as the reader reads it, remembered in {@code names} (one reader, one language). */
    private String knownName(String userId, Map<String, String> names, Locale reader) {
        return userId == null ? "" : names.computeIfAbsent(userId, id -> people.name(id, reader));
    }

    private CaseEngine.Holders holders(Map<String, String> names) {
        return new CaseEngine.Holders() {
            @Override
            public String name(String assignee, List<String> candidateGroups, Locale locale) {
                if (assignee != null) {
                    return knownName(assignee, names, locale);
                }
                List<String> names = candidateGroups.stream().map(group -> people.groupName(group, locale)).toList();
                return names.isEmpty() ? text("casefile.holder.nobody", locale) : String.join(", ", names);
            }

            @Override
            public String person(String userId, Locale locale) {
                return knownName(userId, names, locale);
            }
        };
    }

    private Optional<CaseFileSource> source(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return sources.stream().filter(source -> source.procedure().owns(reference)).findFirst();
    }

    /** A user task's name in the reader's language, as its procedure labels it; empty for other activities. */
    private Optional<String> activityName(CaseFileSource source, String activityId, Locale locale) {
        return Optional.ofNullable(messages.getMessage(source.procedure().taskLabelKey(activityId), null, null, locale));
    }

    String text(String key, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, null, key, locale);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
