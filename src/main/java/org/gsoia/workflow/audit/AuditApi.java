package org.gsoia.workflow.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators and their monitoring: the audit chain's verification and its latest hash, for anchoring. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

    private final AuditChainVerification verification;

    AuditApi(AuditChainVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Walks the whole chain and reports the first broken link (administrators only).")
    @GetMapping("/verification")
    AuditChainVerification.Result verify(Principal principal) {
        return verification.verifyFor(principal.getName());
    }

    @Operation(summary = "The latest hash of the audit trail",
            description = "Sequence number and hash of the latest event, to be kept outside the system (administrators"
                    + " only).")
    @GetMapping("/head")
    AuditChainVerification.Head head(Principal principal) {
        return verification.headFor(principal.getName());
    }
}
