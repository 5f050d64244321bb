package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachItemData;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.web.FieldProblemDisplay;

/** One affected item in the report form: its identification and the originator's marking, never its content. */
class ItemRow extends FlexLayout {

    private final TextField originator;
    private final TextField registryNumber;
    private final TextField title;
    private final DatePicker itemDate;
    private final TextField copyNumber;
    private final Select<BreachItem.Medium> medium = new Select<>();
    private final Select<ClassificationLevel> level = new Select<>();
    private final H4 heading = new H4();

    ItemRow(List<ClassificationLevel> levels, Locale locale, Component translator, Runnable remove) {
        addClassName("gsoia-item-row");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "0 var(--lumo-space-m)");
        originator = new TextField(translator.getTranslation("breach.item.originator"));
        originator.setHelperText(translator.getTranslation("breach.item.originator.help"));
        originator.setMaxLength(200);
        registryNumber = new TextField(translator.getTranslation("breach.item.registryNumber"));
        registryNumber.setMaxLength(100);
        title = new TextField(translator.getTranslation("breach.item.title"));
        title.setHelperText(translator.getTranslation("breach.item.title.help"));
        title.setMaxLength(200);
        itemDate = DateFields.localize(new DatePicker(translator.getTranslation("breach.item.date")), locale,
                translator);
        copyNumber = new TextField(translator.getTranslation("breach.item.copy"));
        copyNumber.setMaxLength(20);
        copyNumber.setWidth("8em");
        medium.setLabel(translator.getTranslation("breach.item.medium"));
        medium.setItems(BreachItem.Medium.values());
        medium.setItemLabelGenerator(m -> translator.getTranslation("breach.medium." + m.name()));
        medium.setPlaceholder(translator.getTranslation("validation.choose"));
        level.setLabel(translator.getTranslation("breach.item.level"));
        level.setHelperText(translator.getTranslation("breach.item.level.help"));
        level.setItems(levels);
        level.setItemLabelGenerator(ClassificationLevel::markingWithRomanisation);
        level.setPlaceholder(translator.getTranslation("validation.choose"));
        Button removeButton = new Button(translator.getTranslation("breach.item.remove"), e -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        heading.setWidthFull();
        add(heading, level, originator, registryNumber, title, itemDate, copyNumber, medium, removeButton);
    }

    /** Numbers the row and registers its fields under {@code items[index].}. */
    void index(int index, FieldProblemDisplay problems, Component translator) {
        heading.setText(translator.getTranslation("breach.item.heading", index + 1));
        String at = "items[" + index + "].";
        String id = "item-" + index + "-";
        problems.register(at + "levelId", level);
        problems.register(at + "originator", originator);
        problems.register(at + "registryNumber", registryNumber);
        problems.register(at + "title", title);
        problems.register(at + "itemDate", itemDate);
        problems.register(at + "copyNumber", copyNumber);
        problems.register(at + "medium", medium);
        level.setId(id + "level");
        originator.setId(id + "originator");
        registryNumber.setId(id + "registry");
        title.setId(id + "title");
        itemDate.setId(id + "date");
        copyNumber.setId(id + "copy");
        medium.setId(id + "medium");
    }

    BreachItemData data() {
        return new BreachItemData(originator.getValue(), registryNumber.getValue(), title.getValue(),
                itemDate.getValue(), copyNumber.getValue(), medium.getValue(),
                level.getValue() == null ? null : level.getValue().getId());
    }
}
