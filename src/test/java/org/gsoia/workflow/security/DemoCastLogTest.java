package org.gsoia.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 14, finding 11: the demo cast's password does not go to the log. */
@ExtendWith(OutputCaptureExtension.class)
class DemoCastLogTest {

    @Test
    void seedingTheCastLogsNoPassword(CapturedOutput output) {
        IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        when(identityService.createUserQuery().userId(any()).count()).thenReturn(1L);
        when(identityService.createGroupQuery().groupMember(any()).groupId(any()).count()).thenReturn(1L);
        when(identityService.createGroupQuery().groupId(any()).count()).thenReturn(1L);
        UserProfileRepository profiles = mock(UserProfileRepository.class);
        when(profiles.findById(any())).thenReturn(Optional.of(new UserProfile("x", "DE-BMWE", "en")));

        new DemoCast(identityService, profiles, mock(org.gsoia.workflow.config.NodeLocks.class)).run(null);

        assertThat(output.getAll()).contains("Demo cast ready").doesNotContain("password")
                .doesNotContain(": " + DemoCast.PASSWORD);
    }
}
