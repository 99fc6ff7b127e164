package dev.hkfilings.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubTest {

    private static final LiveSettings FAST = new LiveSettings(4, 200, 1_000, 3, 5);
    private final EventHub hub = new EventHub(FAST);

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void eachClientGetsExactlyTheEventsItsFilterSelectsInTheSseFormat() throws Exception {
        Body all = new Body();
        Body company = new Body();
        Body pledges = new Body();
        hub.subscribe(EventFilter.ALL, all, () -> { });
        hub.subscribe(EventFilter.of("6680", null), company, () -> { });
        hub.subscribe(EventFilter.of(null, "PLEDGE"), pledges, () -> { });

        hub.publish(event("a1", "06680", "pledge", 1));
        hub.publish(event("a2", "00700", "pledge", 2));
        hub.publish(event("a3", "06680", "poll", 3));

        await(() -> all.text().contains("a3") && company.text().contains("a3") && pledges.text().contains("a2"));
        assertThat(ids(all)).containsExactly("a1", "a2", "a3");
        assertThat(ids(company)).containsExactly("a1", "a3");
        assertThat(ids(pledges)).containsExactly("a1", "a2");
        assertThat(company.text()).startsWith("retry: 1000\n\n")
                .contains("event: announcement\nid: hkex.events.pledge-0-1\ndata: {\"announcementId\":\"a1\",\"stockCode\":\"06680\",\"type\":\"PLEDGE\"}\n\n");
    }

    @Test
    void aStalledClientIsDisconnectedWhileTheOthersKeepReceiving() throws Exception {
        CountDownLatch unblock = new CountDownLatch(1);
        Body stalled = new Body(unblock);
        Body healthy = new Body();
        CountDownLatch stalledClosed = new CountDownLatch(1);
        Subscription s = hub.subscribe(EventFilter.ALL, stalled, stalledClosed::countDown);
        hub.subscribe(EventFilter.ALL, healthy, () -> { });

        for (int i = 0; i < 20; i++) {   // the stalled writer holds one event, its queue holds 4: the rest overflow it
            hub.publish(event("e" + i, "06680", "esg", i));
            String id = "\"e" + i + "\"";
            await(() -> healthy.text().contains(id));   // the healthy client keeps up, so only the stalled one overflows
        }
        assertThat(s.isOpen()).isFalse();
        assertThat(s.closeReason()).contains("fell 4 events behind");
        unblock.countDown();
        assertThat(stalledClosed.await(5, TimeUnit.SECONDS)).isTrue();
        await(() -> hub.clients() == 1);
        assertThat(ids(healthy)).hasSize(20);
    }

    @Test
    void aClientThatGoesAwayIsNoticedByTheKeepAliveAndRemoved() throws Exception {
        Body gone = new Body();
        CountDownLatch closed = new CountDownLatch(1);
        Subscription s = hub.subscribe(EventFilter.ALL, gone, closed::countDown);
        await(() -> gone.text().contains(": connected"));
        gone.fail = true;   // the browser tab closed: the next write (a keep-alive within 200 ms) fails
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.closeReason()).startsWith("client disconnected");
        assertThat(hub.clients()).isZero();
        assertThat(gone.closed).isTrue();
    }

    @Test
    void keepAlivesFlowWhileNothingHappens() throws Exception {
        Body idle = new Body();
        hub.subscribe(EventFilter.ALL, idle, () -> { });
        await(() -> idle.text().split(": keep-alive").length > 2);
    }

    @Test
    void moreClientsThanTheLimitAreRefused() {
        for (int i = 0; i < FAST.maxClients(); i++) {
            hub.subscribe(EventFilter.ALL, new Body(), () -> { });
        }
        assertThat(hub.hasRoom()).isFalse();
        assertThatThrownBy(() -> hub.subscribe(EventFilter.ALL, new Body(), () -> { }))
                .isInstanceOf(EventHub.TooManyClientsException.class).hasMessageContaining("maximum of 3");
    }

    @Test
    void recentKeepsTheLatestEventsOldestFirstAndFilters() {
        for (int i = 0; i < 8; i++) {
            hub.publish(event("r" + i, i % 2 == 0 ? "06680" : "00700", "pledge", i));
        }
        assertThat(hub.recent(EventFilter.ALL, 10)).extracting(LiveEvent::announcementId).containsExactly("r3", "r4", "r5", "r6", "r7");
        assertThat(hub.recent(EventFilter.of("06680", null), 10)).extracting(LiveEvent::announcementId).containsExactly("r4", "r6");
        assertThat(hub.recent(EventFilter.ALL, 2)).extracting(LiveEvent::announcementId).containsExactly("r6", "r7");
    }

    @Test
    void aClientComingBackWithItsLastEventIdGetsWhatItMissedThenTheLiveEvents() throws Exception {
        for (int i = 0; i < 4; i++) {
            hub.publish(event("m" + i, i % 2 == 0 ? "06680" : "00700", "pledge", i));
        }
        Body back = new Body();
        hub.subscribe(EventFilter.of("06680", null), back, () -> { }, "hkex.events.pledge-0-0");
        hub.publish(event("m4", "06680", "pledge", 4));
        await(() -> back.text().contains("m4"));
        // m1 and m3 are another company's: the filter applies to the catch-up too
        assertThat(ids(back)).containsExactly("m2", "m4");
        assertThat(back.text()).doesNotContain("event: resync");
    }

    @Test
    void aLastEventIdNoLongerRememberedOpensTheStreamWithAResync() throws Exception {
        for (int i = 0; i < 8; i++) {   // 5 are remembered: offset 0 is gone
            hub.publish(event("g" + i, "06680", "poll", i));
        }
        Body back = new Body();
        hub.subscribe(EventFilter.ALL, back, () -> { }, "hkex.events.poll-0-0");
        hub.publish(event("g8", "06680", "poll", 8));
        await(() -> back.text().contains("g8"));
        assertThat(back.text()).contains("event: resync\ndata: {\"lastEventId\":\"hkex.events.poll-0-0\",\"reason\":")
                .doesNotContain("event: resync\nid:");
        assertThat(ids(back)).containsExactly("g8");
    }

    @Test
    void badFiltersAreRefusedByName() {
        assertThatThrownBy(() -> EventFilter.of("ABC", null)).hasMessageContaining("company must be a stock code");
        assertThatThrownBy(() -> EventFilter.of(null, "dividend")).hasMessageContaining("type must be one of");
        assertThat(EventFilter.of(" 700 ", " Poll ")).isEqualTo(new EventFilter("00700", "poll"));
    }

    private static LiveEvent event(String id, String code, String type, long offset) {
        String json = "{\"announcementId\":\"" + id + "\",\"stockCode\":\"" + code + "\",\"type\":\"" + type.toUpperCase() + "\"}";
        return new LiveEvent(id, code, type, json, "hkex.events." + type, 0, offset);
    }

    private static java.util.List<String> ids(Body b) {
        return java.util.Arrays.stream(b.text().split("\n"))
                .filter(l -> l.startsWith("data: ") && l.contains("\"announcementId\""))
                .map(l -> l.replaceAll(".*\"announcementId\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** A response body: collects what is written, can stall (a client that stopped reading) or fail (one that left). */
    private static final class Body extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CountDownLatch stall;
        volatile boolean fail;
        volatile boolean closed;
        private boolean first = true;

        Body() {
            this(null);
        }

        Body(CountDownLatch stall) {
            this.stall = stall;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (fail) {
                throw new IOException("Broken pipe");
            }
            String s = new String(b, off, len, StandardCharsets.UTF_8);
            if (stall != null && s.startsWith("event:") && first) {
                first = false;
                try {
                    stall.await();   // the first event never gets through until the test lets go
                } catch (InterruptedException e) {
                    throw new IOException("write interrupted");
                }
            }
            synchronized (bytes) {
                bytes.write(b, off, len);
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
