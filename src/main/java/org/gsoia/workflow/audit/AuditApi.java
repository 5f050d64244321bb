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
    private final AuditLog auditLog;

    AuditApi(AuditChainVerification verification, AuditLog auditLog) {
        this.verification = verification;
        this.auditLog = auditLog;
    }

    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Walks the whole chain and reports the first broken link (administrators only).")
    @GetMapping("/verification")
    AuditChainVerification.Result verify(Principal principal) {
        AuditChainVerification.Result result = verification.verify();
        auditLog.record(principal.getName(), "AUDIT_CHAIN_VERIFIED", null,
                result.intact() ? "intact, " + result.eventsChecked() + " events"
                        : "broken at " + result.firstBrokenSeq() + ": " + result.problem());
        return result;
    }

    @Operation(summary = "The latest hash of the audit trail",
            description = "Sequence number and hash of the latest event, to be kept outside the system (administrators"
                    + " only).")
    @GetMapping("/head")
    AuditChainVerification.Head head(Principal principal) {
        auditLog.record(principal.getName(), "AUDIT_HEAD_EXPORTED", null, null);
        return verification.head();
    }
}
