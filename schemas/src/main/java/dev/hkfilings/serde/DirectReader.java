package dev.hkfilings.serde;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import dev.hkfilings.avro.DirectDecodable;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;

/**
 * Reads a generated class straight from the bytes when the writer schema has the same Parsing Canonical Form as the
 * class's schema (the common case: producer and consumer on the same contract version), so the bytes are laid out
 * exactly as the class reads them and Avro's ResolvingDecoder has nothing to resolve. Any other writer schema goes
 * through Avro's SpecificDatumReader.
 */
final class DirectReader implements DatumReader<Object> {

    private final MethodHandle constructor;

    private DirectReader(MethodHandle constructor) {
        this.constructor = constructor;
    }

    /** A direct reader of {@code type} for bytes written with {@code writer}, or null when it cannot read them. */
    static DirectReader forWriter(Class<?> type, Schema readerSchema, Schema writer) {
        if (!DirectDecodable.class.isAssignableFrom(type)
                || SchemaNormalization.parsingFingerprint64(writer) != SchemaNormalization.parsingFingerprint64(readerSchema)) {
            return null;
        }
        try {
            MethodHandle constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(DirectDecodable.class));
            return new DirectReader(constructor);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // no public no-argument constructor: Avro's reader instantiates it its own way
        }
    }

    @Override
    public Object read(Object reuse, Decoder in) throws IOException {
        DirectDecodable record;
        try {
            record = (DirectDecodable) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        record.directDecode(in);
        return record;
    }

    @Override
    public void setSchema(Schema schema) {
        throw new UnsupportedOperationException("a direct reader reads the schema it was made for");
    }
}
