package dev.hkfilings.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The child JVM of {@link IsolatedExtractor}: parses one request at a time from stdin and answers on stdout.
 * Arguments: the maximum text length, the number of warm-up parses. Exits when stdin closes, when the app process dies, or after running out of
 * memory (its heap is then suspect, and a fresh worker replaces it).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        // stdout carries the frames: anything a library prints goes to stderr instead
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        // a worker stuck in a parser when the app is killed would otherwise live on as an orphan
        ProcessHandle.current().parent().ifPresent(app -> app.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));

        TikaEngine engine = new TikaEngine(Integer.parseInt(args[0]));
        engine.warmUp(Integer.parseInt(args[1]));
        out.writeByte(WorkerProtocol.READY);
        out.flush();

        WorkerProtocol.Request request;
        while ((request = WorkerProtocol.readRequest(in)) != null) {
            ExtractionResult result;
            try {
                result = engine.parse(request.content(), request.fileName(), request.declaredType());
            } catch (OutOfMemoryError e) {
                result = ExtractionResult.failure(FailureCode.OUT_OF_MEMORY, "the parse ran out of the worker's memory",
                        null, "tika-" + TikaEngine.TIKA_VERSION, 0);
            }
            request = null;
            WorkerProtocol.writeResult(out, result);
            if (FailureCode.OUT_OF_MEMORY.name().equals(result.errorCode())) {
                System.exit(0);
            }
        }
        System.exit(0);
    }
}
