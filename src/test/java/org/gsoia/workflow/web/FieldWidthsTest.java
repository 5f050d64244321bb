package org.gsoia.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A select is as wide as its longest choice, counting East Asian characters as wide. */
class FieldWidthsTest {

    @Test
    void wideScriptsCountAboutTwiceAsMuchAsLatinLetters() {
        assertThat(FieldWidths.em("自分とグループ")).isGreaterThan(FieldWidths.em("Mine and"));
        assertThat(FieldWidths.em("自分とグループ")).isEqualTo(7.0);
    }

    @Test
    void theFieldFitsTheLongestChoiceAndNeverShrinksBelowTheMinimum() {
        Select<String> select = new Select<>();
        FieldWidths.fit(select, List.of("Alle", "Meine und die meiner Gruppen"));
        double em = Double.parseDouble(select.getWidth().replace("em", ""));
        assertThat(em).isGreaterThan(FieldWidths.em("Meine und die meiner Gruppen"));
        FieldWidths.fit(select, List.of("Alle"));
        assertThat(select.getWidth()).isEqualTo("8.0em");
    }
}
