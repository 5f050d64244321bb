package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PscReminderRepository extends JpaRepository<PscReminder, Long> {

    Optional<PscReminder> findByReference(String reference);

    // a query of its own: a derived name would read "daysBefore" as the keyword "Before"
    @Query("select count(r) > 0 from PscReminder r where r.clearanceId = :clearance and r.daysBefore = :days"
            + " and r.expiresOn = :expiresOn")
    boolean exists(@Param("clearance") Long clearanceId, @Param("days") int daysBefore,
                   @Param("expiresOn") LocalDate expiresOn);
}
