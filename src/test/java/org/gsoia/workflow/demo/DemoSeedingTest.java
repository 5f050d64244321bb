package org.gsoia.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Demo cases filed in the background, and everyone told "preparing demo data" until they are. */
class DemoSeedingTest {

    @Test
    void filesTheCasesInTheBackgroundInOrderAndTurnsEveryoneAwayMeanwhile() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> filed = new ArrayList<>();
        DemoSeeding seeding = new DemoSeeding(List.of(() -> {
            await(release);
            filed.add("visits");
        }, () -> filed.add("breaches")), true);
        DemoPreparingFilter.Gate gate = new DemoPreparingFilter.Gate(seeding);

        seeding.start(); // returns at once: the first seed waits for the latch in the background
        assertThat(seeding.preparing()).isTrue();

        MockHttpServletResponse page = call(gate, "/inbox");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("3");
        assertThat(page.getContentAsString()).contains("Preparing demo data", "Demodaten werden vorbereitet",
                "デモデータを準備しています", "http-equiv=\"refresh\"");
        MockHttpServletResponse api = call(gate, "/api/visit-requests");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(call(gate, "/actuator/health/readiness").getStatus()).isEqualTo(200);

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seeding.preparing() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(seeding.preparing()).isFalse();
        assertThat(filed).containsExactly("visits", "breaches");
        assertThat(call(gate, "/inbox").getStatus()).isEqualTo(200);
    }

    @Test
    void aFailingSeedStillOpensTheApplication() {
        DemoSeeding seeding = new DemoSeeding(List.of(() -> {
            throw new IllegalStateException("no demo today");
        }), false);
        seeding.start();
        assertThat(seeding.preparing()).isFalse();
    }

    @Test
    void withoutDemoCasesNothingIsPrepared() {
        assertThat(new DemoSeeding(List.of(), true).preparing()).isFalse();
    }

    private static MockHttpServletResponse call(DemoPreparingFilter.Gate gate, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
