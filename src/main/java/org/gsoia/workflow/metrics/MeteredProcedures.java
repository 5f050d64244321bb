package org.gsoia.workflow.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The procedures that contributed their facts ({@link ProcedureMetrics}), in the order of their process keys. */
@Component
public class MeteredProcedures {

    private final List<ProcedureMetrics> procedures;

    public MeteredProcedures(List<ProcedureMetrics> procedures) {
        this.procedures = procedures.stream().sorted(Comparator.comparing((ProcedureMetrics p) -> p.procedure().processKey()))
                .toList();
    }

    public List<ProcedureMetrics> all() {
        return procedures;
    }

    public List<String> keys() {
        return procedures.stream().map(p -> p.procedure().processKey()).toList();
    }

    public Optional<ProcedureMetrics> find(String processDefinitionKey) {
        return procedures.stream().filter(p -> p.procedure().processKey().equals(processDefinitionKey)).findFirst();
    }
}
