package org.gsoia.workflow.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Collection;

/**
 * A process diagram drawn in the browser by bpmn-js (frontend/components/bpmn-diagram.js), with one case's path on
 * it: CSS classes {@code gsoia-completed}, {@code gsoia-active}, {@code gsoia-incident} on activities and
 * {@code gsoia-taken} on sequence flows.
 */
@Tag("gsoia-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/bpmn-diagram.js")
class BpmnDiagram extends Component {

    BpmnDiagram() {
        getElement().getStyle().set("width", "100%");
    }

    void show(DiagramState state) {
        JsonObject marks = Json.createObject();
        marks.put("completed", array(state.completed()));
        marks.put("active", array(state.active()));
        marks.put("incidents", array(state.incidents()));
        marks.put("taken", array(state.taken()));
        getElement().setProperty("xml", state.bpmnXml());
        getElement().setProperty("state", marks.toJson());
    }

    private static JsonArray array(Collection<String> ids) {
        JsonArray array = Json.createArray();
        ids.stream().sorted().forEach(id -> array.set(array.length(), id));
        return array;
    }
}
