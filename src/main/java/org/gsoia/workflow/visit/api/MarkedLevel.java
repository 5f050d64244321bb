package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A classification level with its dual marking towards the host party, as the host will read it. */
@Schema(description = "A classification level and its dual marking towards the host party")
record MarkedLevel(
        @Schema(example = "DE-GEHEIM") String id,
        @Schema(example = "GEHEIM · DE — 極秘 (Gokuhi) / 特定秘密 (Tokutei Himitsu) · JP") String dualMarking) {
}
