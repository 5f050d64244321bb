package org.gsoia.workflow.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Accessible names for the checkboxes of a multi-select grid, in the reader's language: each row's ("Select
 * VR-2026-000123") and the header's ("Select all"). The browser side is {@code frontend/components/
 * grid-selection-labels.js}, loaded by the shell ({@code ui.MainLayout}).
 */
public final class SelectionLabels {

    private static final String SELECTION_COLUMN = "vaadin-grid-flow-selection-column";

    private SelectionLabels() {
    }

    /** Call after {@code grid.setSelectionMode(MULTI)}. */
    public static <T> void apply(Grid<T> grid, SerializableFunction<T, String> rowLabel, String selectAllLabel) {
        grid.addDataGenerator((item, json) -> json.put("gsoiaSelectionLabel", rowLabel.apply(item)));
        grid.getElement().getChildren().filter(column -> SELECTION_COLUMN.equals(column.getTag()))
                .forEach(column -> column.setProperty("selectAllLabel", selectAllLabel));
    }
}
