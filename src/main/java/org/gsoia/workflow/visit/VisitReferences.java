package org.gsoia.workflow.visit;

import java.time.Year;
import javax.sql.DataSource;
import org.gsoia.workflow.procedure.ReferenceSequence;
import org.springframework.stereotype.Component;

/** Hands out case references {@code VR-<year>-<6 digits>} from the visit requests' sequence. */
@Component
class VisitReferences {

    /** What every visit request's reference starts with. */
    static final String PREFIX = "VR-";

    private final ReferenceSequence sequence;

    VisitReferences(DataSource dataSource) {
        this.sequence = ReferenceSequence.of(dataSource, "visit_reference_seq");
    }

    String next(Year year) {
        return sequence.next(PREFIX, year);
    }
}
