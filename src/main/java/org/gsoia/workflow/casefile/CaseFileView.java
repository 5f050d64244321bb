package org.gsoia.workflow.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/**
 * The case file of any case the user may see, whatever its procedure: header (status, holder, due dates, level),
 * the case's data, the timeline of engine history and audit events, the process diagram with the path taken,
 * comments and attachments. A case the user may not see looks exactly like one that does not exist.
 */
@Route("cases/:reference")
@RolesAllowed({Role.APPLICANT_ROLE, Role.AUTHORITY_ROLE, Role.HOST_FACILITY_ROLE, Role.ADMIN_ROLE})
class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFiles caseFiles;
    private final People people;
    private final CaseNotes notes;
    private final CurrentUser currentUser;
    private String reference = "";
    private String userId;
    private ZoneId zone;

    private final Div commentList = new Div();
    private final TextArea commentField = new TextArea();
    private final Div attachmentList = new Div();
    private final Div attachmentMessage = new Div();
    private final Span pendingFile = new Span();
    private final Div incidentSection = new Div();
    private final Div incidentMessage = new Div();
    private final RadioButtonGroup<Boolean> classified = new RadioButtonGroup<>();
    private String pendingName;
    private byte[] pendingContent;
    private TabSheet tabs;
    private Upload upload;
    /** Whether the user takes part in the case (adds comments and attachments) rather than only reading it. */
    private boolean contributor;

    CaseFileView(CaseFiles caseFiles, CaseNotes notes, CurrentUser currentUser, People people) {
        this.caseFiles = caseFiles;
        this.people = people;
        this.notes = notes;
        this.currentUser = currentUser;
        addClassNames("gsoia-view", "gsoia-case-file");
        setPadding(false);
        // shown once an administrator has retried a step
        incidentMessage.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        userId = currentUser.userId().orElseThrow();
        CaseFile caseFile = caseFiles.open(reference, userId, getLocale()).orElse(null);
        if (caseFile == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        zone = caseFiles.zoneOf(userId);
        contributor = caseFiles.mayContribute(reference, userId);
        render(caseFile);
    }

    private void render(CaseFile caseFile) {
        removeAll();
        CaseFileContent content = caseFile.content();
        Span status = new Span(content.status());
        status.getElement().getThemeList().add(content.finished() ? "badge contrast" : "badge");
        status.setId("case-status");
        Div title = new Div(new H2(content.reference()), status);
        title.addClassName("gsoia-case-title");
        Anchor procedurePage = new Anchor(caseFile.procedure().page(content.reference()), getTranslation("casefile.procedurePage"));
        procedurePage.setId("case-procedure-page");
        add(title, header(caseFile), procedurePage, incidentSection);
        refreshIncidents();

        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("casefile.tab.data"), data(content)).setId("case-tab-data");
        tabs.add(getTranslation("casefile.tab.timeline"), timeline()).setId("case-tab-timeline");
        tabs.add(getTranslation("casefile.tab.diagram"), diagram()).setId("case-tab-diagram");
        tabs.add(getTranslation("casefile.tab.comments"), comments()).setId("case-tab-comments");
        tabs.add(getTranslation("casefile.tab.attachments"), attachments()).setId("case-tab-attachments");
        add(tabs);
    }

    /** Selects a tab by its position (data, timeline, diagram, comments, attachments). */
    void selectTab(int index) {
        tabs.setSelectedIndex(index);
    }

    private Component header(CaseFile caseFile) {
        CaseFileContent content = caseFile.content();
        Div facts = new Div();
        facts.addClassNames("gsoia-facts", "gsoia-case-header");
        fact(facts, "case-procedure", getTranslation("casefile.procedure"), getTranslation(caseFile.procedure().nameKey()));
        fact(facts, "case-holder", getTranslation("casefile.holder"), caseFile.holders().isEmpty()
                ? getTranslation(content.finished() ? "casefile.holder.closed" : "casefile.holder.nobody")
                : String.join("; ", caseFile.holders()));
        for (CaseFileContent.Fact fact : content.facts()) {
            fact(facts, null, fact.label(), fact.value());
        }
        Div level = fact(facts, "case-level", getTranslation("casefile.level"), content.levelMarking());
        level.addClassName("gsoia-case-level");
        Div block = new Div(facts);
        block.addClassName("gsoia-card");
        if (!caseFile.openTasks().isEmpty()) {
            Div open = new Div();
            open.addClassName("gsoia-case-open-tasks");
            open.add(new H4(getTranslation("casefile.openTasks")));
            for (OpenTask task : caseFile.openTasks()) {
                Div line = new Div(new Span(task.name()), new Span(task.holder()));
                line.addClassName("gsoia-case-open-task");
                open.add(line);
            }
            block.add(open);
        }
        return block;
    }

    /**
     * Administrators' section: the case's automatic steps that failed, each with the kind of fault and the attempts
     * left, and a retry for an incident (no attempts left). Empty, and hidden, for everyone else (the service
     * decides).
     */
    private void refreshIncidents() {
        incidentSection.removeAll();
        incidentSection.setId("case-incidents");
        incidentSection.addClassNames("gsoia-card", "gsoia-case-incidents");
        incidentSection.setWidthFull();
        List<CaseIncident> incidents = caseFiles.incidents(reference, userId, getLocale());
        incidentMessage.setId("case-incident-message");
        incidentSection.setVisible(!incidents.isEmpty() || incidentMessage.isVisible());
        incidentSection.add(new H4(getTranslation("casefile.incidents")));
        if (incidents.isEmpty()) {
            incidentSection.add(new Paragraph(getTranslation("casefile.incidents.none")));
        }
        for (CaseIncident incident : incidents) {
            Span step = new Span(incident.step());
            Span state = new Span(incident.isIncident()
                    ? getTranslation("casefile.incident.raised", dateTime(incident.failedAt()))
                    : getTranslation("casefile.incident.retrying", incident.retriesLeft(), dateTime(incident.nextAttempt())));
            Div line = new Div(step);
            if (!incident.cause().isEmpty()) {
                line.add(new Span(getTranslation("casefile.incident.cause", incident.cause())));
            }
            line.add(state);
            line.addClassName("gsoia-case-incident");
            if (incident.isIncident()) {
                line.addClassName("gsoia-case-incident-open");
                Button retry = new Button(getTranslation("casefile.incident.retry"), e -> retry(incident));
                retry.setId("case-incident-retry-" + incident.jobId());
                retry.addClassName("gsoia-case-incident-retry");
                retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
                line.add(retry);
            }
            incidentSection.add(line);
        }
        incidentSection.add(incidentMessage);
    }

    private void retry(CaseIncident incident) {
        boolean success = false;
        String text;
        try {
            Optional<String> step = caseFiles.retryIncident(reference, incident.jobId(), userId, getLocale());
            success = step.isPresent();
            text = step.map(s -> getTranslation("casefile.incident.retried", s))
                    .orElseGet(() -> getTranslation("casefile.incident.retryGone"));
        } catch (CaseNotFoundException gone) {
            text = getTranslation("casefile.gone");
        }
        incidentMessage.setText(text);
        incidentMessage.setClassName(success ? "gsoia-success-message" : "gsoia-problem-summary");
        incidentMessage.setVisible(true);
        refreshIncidents();
    }

    private Component data(CaseFileContent content) {
        Div data = new Div();
        data.setId("case-data");
        for (CaseFileContent.Section section : content.sections()) {
            H3 title = new H3(section.title());
            title.addClassName("gsoia-section-title");
            data.add(title);
            Div entries = new Div();
            entries.addClassName("gsoia-case-entries");
            if (section.entries().size() == 1) {
                entries.addClassName("gsoia-case-entries-single");
            }
            for (CaseFileContent.Entry entry : section.entries()) {
                Div card = new Div();
                card.addClassNames("gsoia-card", "gsoia-case-entry");
                if (!entry.heading().isEmpty()) {
                    card.add(new H4(entry.heading()));
                }
                Div facts = new Div();
                facts.addClassName("gsoia-case-facts");
                entry.facts().forEach(f -> fact(facts, null, f.label(), f.value()));
                card.add(facts);
                entries.add(card);
            }
            data.add(entries);
        }
        return data;
    }

    private Component timeline() {
        Div timeline = new Div();
        timeline.setId("case-timeline");
        timeline.addClassName("gsoia-timeline");
        Paragraph zoneNote = new Paragraph(getTranslation("casefile.timeline.zone", zone.getDisplayName(TextStyle.FULL, getLocale())));
        zoneNote.addClassName("gsoia-lead");
        timeline.add(zoneNote);
        List<TimelineEntry> entries = caseFiles.timeline(reference, userId, getLocale());
        for (TimelineEntry entry : entries) {
            Div line = new Div();
            line.addClassNames("gsoia-timeline-entry", "gsoia-timeline-" + entry.kind().style());
            Span when = new Span(dateTime(entry.at()));
            when.addClassName("gsoia-timeline-when");
            Span what = new Span(entry.text());
            what.addClassName("gsoia-timeline-what");
            Div body = new Div(what);
            if (!entry.actor().isEmpty()) {
                Span who = new Span(entry.actor());
                who.addClassName("gsoia-timeline-who");
                body.add(who);
            }
            if (!entry.detail().isEmpty()) {
                Span detail = new Span(entry.detail());
                detail.addClassName("gsoia-timeline-detail");
                body.add(detail);
            }
            line.add(when, body);
            timeline.add(line);
        }
        return timeline;
    }

    private Component diagram() {
        Div block = new Div();
        block.setId("case-diagram");
        caseFiles.diagram(reference, userId).ifPresentOrElse(state -> {
            BpmnDiagram diagram = new BpmnDiagram();
            diagram.setId("case-bpmn");
            diagram.addClassName("gsoia-bpmn");
            diagram.show(state);
            Div legend = new Div(legend("gsoia-legend-completed", "casefile.diagram.completed"),
                    legend("gsoia-legend-taken", "casefile.diagram.taken"),
                    legend("gsoia-legend-active", "casefile.diagram.active"),
                    legend("gsoia-legend-incident", "casefile.diagram.incident"));
            legend.addClassName("gsoia-diagram-legend");
            Paragraph hint = new Paragraph(getTranslation("casefile.diagram.hint"));
            hint.addClassName("gsoia-lead");
            block.add(legend, diagram, hint);
        }, () -> block.add(new Paragraph(getTranslation("casefile.diagram.none"))));
        return block;
    }

    private Component legend(String className, String key) {
        Span swatch = new Span();
        swatch.addClassNames("gsoia-legend-swatch", className);
        Span item = new Span(swatch, new Span(getTranslation(key)));
        item.addClassName("gsoia-legend-item");
        return item;
    }

    private Component comments() {
        Div block = new Div();
        block.setId("case-comments");
        commentList.addClassName("gsoia-comment-list");
        commentField.setLabel(getTranslation("casefile.comment.new"));
        commentField.setId("case-comment-text");
        commentField.setWidthFull();
        commentField.setMaxLength(CaseComment.MAX_LENGTH);
        commentField.setHelperText(getTranslation("casefile.comment.helper", CaseComment.MAX_LENGTH));
        Button add = new Button(getTranslation("casefile.comment.add"), e -> addComment());
        add.setId("case-comment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        block.add(commentList);
        if (contributor) {
            block.add(commentField, add);
        } else {
            block.add(readOnlyNote());
        }
        refreshComments();
        return block;
    }

    private void addComment() {
        try {
            notes.addComment(reference, userId, commentField.getValue());
            commentField.clear();
            commentField.setInvalid(false);
            refreshComments();
            Notification.show(getTranslation("casefile.comment.added"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseFileRefusedException refused) {
            commentField.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            commentField.setInvalid(true);
        } catch (CaseNotFoundException gone) {
            Notification.show(getTranslation("casefile.gone"), 5000, Notification.Position.MIDDLE);
        }
    }

    private Paragraph readOnlyNote() {
        Paragraph note = new Paragraph(getTranslation("casefile.readOnly"));
        note.addClassName("gsoia-lead");
        return note;
    }

    private void refreshComments() {
        commentList.removeAll();
        List<CaseComment> comments = notes.comments(reference, userId);
        if (comments.isEmpty()) {
            commentList.add(new Paragraph(getTranslation("casefile.comment.none")));
        }
        for (CaseComment comment : comments) {
            Span meta = new Span(people.name(comment.getAuthorId(), getLocale()) + " · "
                    + dateTime(comment.getCreatedAt().toInstant()));
            meta.addClassName("gsoia-comment-meta");
            Paragraph body = new Paragraph(comment.getBody());
            Div item = new Div(meta, body);
            item.addClassName("gsoia-comment");
            commentList.add(item);
        }
    }

    private Component attachments() {
        Div block = new Div();
        block.setId("case-attachments");
        attachmentList.addClassName("gsoia-attachment-list");
        Paragraph rules = new Paragraph(getTranslation("casefile.attachment.rules",
                String.join(", ", CaseNotes.allowedExtensions()), CaseNotes.humanSize(notes.maxAttachmentBytes())));
        rules.addClassName("gsoia-lead");

        UI ui = UI.getCurrent();
        upload = new Upload(new CappedUpload(notes.maxAttachmentBytes(), new CappedUpload.Receiver() {
            @Override
            public void received(String fileName, byte[] content) {
                ui.access(() -> receive(fileName, content));
            }

            @Override
            public void tooLarge() {
                ui.access(() -> refuseTooLarge());
            }
        }));
        upload.setId("case-attachment-upload");
        upload.setMaxFiles(1);
        String rejected = getTranslation("casefile.attachment.rejectedByBrowser", String.join(", ", CaseNotes.allowedExtensions()),
                CaseNotes.humanSize(notes.maxAttachmentBytes()));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("casefile.attachment.choose"))
                        .setMany(getTranslation("casefile.attachment.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("casefile.attachment.drop"))
                        .setMany(getTranslation("casefile.attachment.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                        .setTooManyFiles(getTranslation("casefile.attachment.oneFile"))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, notes.maxAttachmentBytes()));
        upload.setAcceptedFileTypes(CaseNotes.allowedExtensions().stream().map(e -> "." + e).toArray(String[]::new));
        upload.addFileRejectedListener(e -> showAttachmentMessage(rejected, false));
        upload.addFileRemovedListener(e -> {
            pendingName = null;
            pendingContent = null;
            pendingFile.setText("");
        });

        classified.setLabel(getTranslation("casefile.attachment.classifiedQuestion"));
        classified.setId("case-attachment-classified");
        classified.setItems(Boolean.TRUE, Boolean.FALSE);
        classified.setItemLabelGenerator(yes -> getTranslation(yes ? "casefile.attachment.classifiedYes" : "casefile.attachment.classifiedNo"));
        classified.setRequiredIndicatorVisible(true);

        Button attach = new Button(getTranslation("casefile.attachment.add"), e -> attach());
        attach.setId("case-attachment-add");
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attachmentMessage.setId("case-attachment-message");
        attachmentMessage.setVisible(false);
        pendingFile.addClassName("gsoia-pending-file");

        Div form = new Div(new H4(getTranslation("casefile.attachment.new")), rules, upload, pendingFile, classified,
                attachmentMessage, attach);
        form.addClassNames("gsoia-card", "gsoia-attachment-form");
        block.add(attachmentList, contributor ? form : readOnlyNote());
        refreshAttachments();
        return block;
    }

    /** A file arrived from the browser; it is kept until the user attaches it with the declaration answered. */
    void receive(String fileName, byte[] content) {
        if (content.length > notes.maxAttachmentBytes()) {
            refuseTooLarge();
            return;
        }
        pendingName = fileName;
        pendingContent = content;
        pendingFile.setText(getTranslation("casefile.attachment.pending", fileName, CaseNotes.humanSize(content.length)));
        attachmentMessage.setVisible(false);
    }

    /** Past the browser's own check (a crafted request): said at once, and nothing kept in the session. */
    void refuseTooLarge() {
        discardPendingFile();
        showAttachmentMessage(getTranslation("casefile.attachment.tooLarge",
                CaseNotes.humanSize(notes.maxAttachmentBytes())), false);
    }

    private void attach() {
        if (pendingContent == null) {
            showAttachmentMessage(getTranslation("casefile.attachment.noFile"), false);
            return;
        }
        try {
            AttachmentInfo saved = notes.attach(reference, userId, pendingName, pendingContent, classified.getValue());
            discardPendingFile();
            classified.clear();
            refreshAttachments();
            showAttachmentMessage(getTranslation("casefile.attachment.added", saved.fileName()), true);
        } catch (CaseFileRefusedException refused) {
            if (!"casefile.attachment.declarationMissing".equals(refused.messageKey())) {
                // a refused file is never kept, not even in this screen (it may hold classified content)
                discardPendingFile();
            }
            showAttachmentMessage(getTranslation(refused.messageKey(), refused.arguments()), false);
        } catch (CaseNotFoundException gone) {
            showAttachmentMessage(getTranslation("casefile.gone"), false);
        }
    }

    private void discardPendingFile() {
        pendingName = null;
        pendingContent = null;
        pendingFile.setText("");
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private void showAttachmentMessage(String text, boolean success) {
        attachmentMessage.setText(text);
        attachmentMessage.setClassName(success ? "gsoia-success-message" : "gsoia-problem-summary");
        attachmentMessage.setVisible(true);
    }

    private void refreshAttachments() {
        attachmentList.removeAll();
        List<AttachmentInfo> attachments = notes.attachments(reference, userId);
        if (attachments.isEmpty()) {
            attachmentList.add(new Paragraph(getTranslation("casefile.attachment.none")));
        }
        for (AttachmentInfo info : attachments) {
            String viewer = userId;
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> notes.download(info.id(), viewer)
                    .map(file -> {
                        byte[] bytes = file.content();
                        return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.mediaType(),
                                bytes.length);
                    })
                    .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD, info.fileName());
            download.setId("case-attachment-" + info.id());
            Span meta = new Span(CaseNotes.humanSize(info.sizeBytes()) + " · "
                    + people.name(info.uploadedBy(), getLocale()) + " · " + dateTime(info.uploadedAt().toInstant()));
            meta.addClassName("gsoia-comment-meta");
            Div item = new Div(download, meta);
            item.addClassName("gsoia-attachment");
            attachmentList.add(item);
        }
    }

    private Div fact(Div facts, String id, String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("label");
        Span text = new Span(value);
        text.addClassName("value");
        Div div = new Div(labelSpan, text);
        if (id != null) {
            div.setId(id);
        }
        facts.add(div);
        return div;
    }

    private String dateTime(Instant instant) {
        return instant == null ? "" : Dates.dateTimeFormatter(getLocale()).withZone(zone).format(instant);
    }

    @Override
    public String getPageTitle() {
        return reference + " – " + getTranslation("app.name");
    }
}
