package org.gsoia.workflow.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;

/**
 * A chart drawn in the browser by Apache ECharts (Apache-2.0, SVG renderer) from an ECharts option built on the
 * server. See {@code frontend/components/gsoia-chart.js}.
 */
@Tag("gsoia-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/gsoia-chart.js")
class Chart extends Component implements HasSize, HasStyle {

    private String option = "";

    Chart() {
        // the drawing repeats the table next to it: screen readers read the table
        getElement().setAttribute("aria-hidden", "true");
    }

    void setOption(JsonNode option) {
        this.option = option.toString();
        getElement().setProperty("option", this.option);
    }

    String getOption() {
        return option;
    }

    /** Called with the series and the data index of a clicked bar. */
    Registration addBarClickListener(BiConsumer<Integer, Integer> listener) {
        return getElement().addEventListener("chart-click", event -> listener.accept(
                        (int) event.getEventData().get("event.detail.seriesIndex").asNumber(),
                        (int) event.getEventData().get("event.detail.dataIndex").asNumber()))
                .addEventData("event.detail.seriesIndex").addEventData("event.detail.dataIndex");
    }
}
