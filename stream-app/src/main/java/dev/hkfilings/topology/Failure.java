package dev.hkfilings.topology;

import dev.hkfilings.avro.DeadLetterStage;

/**
 * Why a filing cannot go further: becomes a dead letter in the topology and the reason in the classify command.
 *
 * @param errorCode a stable code, see {@link ErrorCodes}
 */
public record Failure(DeadLetterStage stage, String errorCode, String reason, String exceptionClass) {

    public static Failure of(DeadLetterStage stage, String errorCode, String reason) {
        return new Failure(stage, errorCode, reason, null);
    }

    public static Failure of(DeadLetterStage stage, String errorCode, String reason, Throwable cause) {
        return new Failure(stage, errorCode, reason, cause == null ? null : cause.getClass().getName());
    }
}
