package org.gsoia.workflow.agreement.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClosingPeriodRepository extends JpaRepository<ClosingPeriod, String> {

    List<ClosingPeriod> findByPartyCodeOrderById(String partyCode);
}
