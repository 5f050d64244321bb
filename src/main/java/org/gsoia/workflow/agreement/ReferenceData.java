package org.gsoia.workflow.agreement;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the agreement's reference tables for screens: levels per party, competent authorities. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final ClassificationLevelRepository levels;
    private final CompetentAuthorityRepository authorities;

    ReferenceData(ClassificationLevelRepository levels, CompetentAuthorityRepository authorities) {
        this.levels = levels;
        this.authorities = authorities;
    }

    /** A party's classification levels, most sensitive first. */
    public List<ClassificationLevel> levelsOf(String partyCode) {
        return levels.findByPartyCodeOrderByRankDesc(partyCode);
    }

    public List<CompetentAuthority> authoritiesOf(String agreementId) {
        return authorities.findByAgreementIdOrderById(agreementId);
    }
}
