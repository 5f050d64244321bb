package org.gsoia.workflow.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.TestVisits;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case file screen in a browserless UI, as the German applicant (German) and a Japanese applicant (Japanese). */
@GsoiaSpringTest
class CaseFileViewIT {

    @Autowired ApplicationContext context;
    @Autowired VisitRequests visitRequests;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseNotes notes;

    private final Translations translations = new Translations();
    private String reference;

    @BeforeEach
    void theDemosFirstGermanCase() {
        // the oldest request still waiting for certification: the demo's first, filed at start-up
        List<VisitRequest> waiting = TestVisits.requestsOf(visitRequests, "applicant.de").stream()
                .filter(r -> r.getStatus() == VisitStatus.IN_CERTIFICATION).toList();
        reference = waiting.get(waiting.size() - 1).getReference();
    }

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private String de(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    private CaseFileView open(String userId) {
        KaribuLogin.loginAndOpen(context, userId);
        UI.getCurrent().navigate("cases/" + reference);
        return _get(CaseFileView.class);
    }

    @Test
    void theHeaderNamesStatusHolderAndLevelAndTheDataComesInSections() {
        open("applicant.de");
        assertThat(_get(H2.class).getText()).isEqualTo(reference);
        assertThat(_get(Div.class, spec -> spec.withId("case-holder")).getElement().getTextRecursively())
                .contains(de("casefile.holder.authority", de("party.DE")));
        assertThat(_get(Div.class, spec -> spec.withId("case-level")).getElement().getTextRecursively())
                .contains("VS-VERTRAULICH · DE — ");
        assertThat(_get(Div.class, spec -> spec.withId("case-procedure")).getElement().getTextRecursively())
                .contains(de("procedure.visit-request"));
        // sites and visitors are the applicant's words (the sample's are English), so their titles say the language
        String inEnglish = " " + de("text.writtenIn", Locale.ENGLISH.getDisplayLanguage(Locale.GERMAN));
        assertThat(_find(H3.class)).extracting(H3::getText).contains(de("casefile.visit.request"),
                de("visit.sites") + inEnglish, de("visit.visitors") + inEnglish);
    }

    @Test
    void aCommentIsAddedAndAnEmptyOneGetsAMessage() {
        CaseFileView view = open("applicant.de");
        view.selectTab(3);
        TextArea text = _get(TextArea.class, spec -> spec.withId("case-comment-text"));
        text.setValue("Bitte den Besuchstermin bestätigen.");
        _click(_get(Button.class, spec -> spec.withId("case-comment-add")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Bitte den Besuchstermin bestätigen.");
        assertThat(text.getValue()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("case-comment-add")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo(de("casefile.comment.empty"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileMarkedClassifiedIsRefusedWithAClearMessageAndNotStored() {
        CaseFileView view = open("applicant.de");
        view.selectTab(4);
        int before = jdbc.queryForObject("select count(*) from case_attachment where reference = ?", Integer.class, reference);
        view.receive("Anschreiben.pdf", CaseNotesIT.PDF);
        RadioButtonGroup<Boolean> classified = _get(RadioButtonGroup.class, spec -> spec.withId("case-attachment-classified"));

        _click(_get(Button.class, spec -> spec.withId("case-attachment-add")));
        Div message = _get(Div.class, spec -> spec.withId("case-attachment-message"));
        assertThat(message.getText()).isEqualTo(de("casefile.attachment.declarationMissing"));

        classified.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("case-attachment-add")));
        assertThat(message.getText()).isEqualTo(de("casefile.attachment.classifiedRefused"));
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where reference = ?", Integer.class, reference))
                .isEqualTo(before);

        classified.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("case-attachment-add")));
        assertThat(message.getText()).as("a refused file is not kept for a second try").isEqualTo(de("casefile.attachment.noFile"));

        view.receive("Anschreiben.pdf", CaseNotesIT.PDF);
        classified.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("case-attachment-add")));
        assertThat(message.getText()).isEqualTo(de("casefile.attachment.added", "Anschreiben.pdf"));
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where reference = ?", Integer.class, reference))
                .isEqualTo(before + 1);
    }

    @Test
    void anotherOrganisationsCaseIsNotFound() {
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("cases/" + reference);
        assertThat(_find(CaseFileView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo(translations.getTranslation("error.notFound.title", Locale.JAPANESE));
        UI.getCurrent().navigate("cases/VR-1999-000001");
        assertThat(_get(H2.class).getText()).isEqualTo(translations.getTranslation("error.notFound.title", Locale.JAPANESE));
    }

    @Test
    void aFileLargerThanAllowedIsRefusedOnArrivalAndNotKept() {
        CaseFileView view = open("applicant.de");
        view.selectTab(4);
        view.receive("Riesig.pdf", java.util.Arrays.copyOf(CaseNotesIT.PDF, (int) notes.maxAttachmentBytes() + 1));
        Div message = _get(Div.class, spec -> spec.withId("case-attachment-message"));
        assertThat(message.getText()).isEqualTo(de("casefile.attachment.tooLarge",
                CaseNotes.humanSize(notes.maxAttachmentBytes())));
        _click(_get(Button.class, spec -> spec.withId("case-attachment-add")));
        assertThat(message.getText()).isEqualTo(de("casefile.attachment.noFile"));
    }

    @Test
    void anAdministratorReadsTheCaseButHasNothingToAddTo() {
        CaseFileView view = open("admin");
        assertThat(_get(H2.class).getText()).isEqualTo(reference);
        String readOnly = translations.getTranslation("casefile.readOnly", Locale.ENGLISH);
        view.selectTab(3);
        assertThat(_find(TextArea.class, spec -> spec.withId("case-comment-text"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(readOnly);
        view.selectTab(4);
        assertThat(_find(Button.class, spec -> spec.withId("case-attachment-add"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(readOnly);
    }

    @Test
    void aManagerCannotOpenACaseFile() {
        KaribuLogin.loginAndOpen(context, "manager");
        UI.getCurrent().navigate("cases/" + reference);
        assertThat(_find(CaseFileView.class)).isEmpty();
    }
}
