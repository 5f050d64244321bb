package org.gsoia.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure every role has its Camunda group, in every profile; existing groups are left alone. */
@Component
@Order(5)
class RoleGroups implements ApplicationRunner {

    private final IdentityService identityService;

    RoleGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
                Group group = identityService.newGroup(role.groupId());
                group.setName(role.name());
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        }
    }
}
