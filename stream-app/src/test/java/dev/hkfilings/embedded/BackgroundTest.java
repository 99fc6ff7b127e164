package dev.hkfilings.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BackgroundTest {

    @Test
    @Timeout(10)
    void theStepRunsOnItsOwnThreadAndJoinReturnsItsResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Background<String> step = Background.start("test-step", () -> {
            release.await();
            return Thread.currentThread().getName();
        });
        release.countDown();   // would never be reached if start() ran the step on this thread
        assertThat(step.join()).isEqualTo("test-step");
    }

    @Test
    void aFailureIsRethrownOnTheJoiningThread() {
        Background<String> step = Background.start("failing-step", () -> {
            throw new IOException("port 9092 taken");
        });
        assertThatThrownBy(step::join).isInstanceOf(IOException.class).hasMessage("port 9092 taken");
    }

    @Test
    void afterAFailureElsewhereTheResultIsStillHandedBackOrTheStepsFailureAttached() {
        IllegalStateException elsewhere = new IllegalStateException("topology failed");
        assertThat(Background.start("ok", () -> "worker").joinAfter(elsewhere)).isEqualTo("worker");
        assertThat(elsewhere.getSuppressed()).isEmpty();

        Background<String> failing = Background.start("failing", () -> {
            throw new IllegalArgumentException("no plugin");
        });
        assertThat(failing.joinAfter(elsewhere)).isNull();
        assertThat(elsewhere.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("no plugin"));
    }
}
