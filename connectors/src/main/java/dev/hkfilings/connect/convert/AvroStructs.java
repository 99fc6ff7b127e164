package dev.hkfilings.connect.convert;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Maps Avro records to Connect structs and back, for the Avro shapes our contracts use (records, enums,
 * nullable unions, arrays, maps, bytes, strings, numbers, timestamp-millis). The Connect schema of a
 * top-level record carries the Avro schema text as a parameter, so that a converter can write exactly the
 * registered contract instead of a schema reconstructed from the Connect one.
 */
public final class AvroStructs {

    /** Connect schema parameter holding the Avro schema JSON of the record the struct mirrors. */
    public static final String AVRO_SCHEMA_PARAMETER = "dev.hkfilings.avro.schema";

    private static final Map<org.apache.avro.Schema, Schema> CONNECT_SCHEMAS = new ConcurrentHashMap<>();

    private AvroStructs() {
    }

    /** The Connect schema mirroring an Avro record schema. */
    public static Schema connectSchema(org.apache.avro.Schema avro) {
        if (avro.getType() != org.apache.avro.Schema.Type.RECORD) {
            throw new DataException("Only Avro records map to Connect structs, got " + avro.getType());
        }
        return CONNECT_SCHEMAS.computeIfAbsent(avro, a -> {
            SchemaBuilder builder = recordBuilder(a);
            builder.parameter(AVRO_SCHEMA_PARAMETER, a.toString());
            return builder.build();
        });
    }

    /** The struct for an Avro record (generic or generated). */
    public static Struct toStruct(GenericRecord record) {
        Schema schema = connectSchema(record.getSchema());
        return (Struct) toConnect(record.getSchema(), schema, record);
    }

    /** The Avro record for a struct whose schema came from {@link #connectSchema}. */
    public static GenericRecord toRecord(org.apache.avro.Schema avro, Struct struct) {
        return (GenericRecord) toAvro(avro, struct, avro.getFullName());
    }

    private static SchemaBuilder recordBuilder(org.apache.avro.Schema avro) {
        SchemaBuilder builder = SchemaBuilder.struct().name(avro.getFullName());
        if (avro.getDoc() != null) {
            builder.doc(avro.getDoc());
        }
        for (org.apache.avro.Schema.Field field : avro.getFields()) {
            builder.field(field.name(), fieldSchema(field.schema(), field.doc(), false));
        }
        return builder;
    }

    private static Schema fieldSchema(org.apache.avro.Schema avro, String doc, boolean optional) {
        if (avro.getType() == org.apache.avro.Schema.Type.UNION) {
            // a nullable union is the optional form of its other branch
            return fieldSchema(nonNullBranch(avro), doc, true);
        }
        SchemaBuilder builder = switch (avro.getType()) {
            case RECORD -> recordBuilder(avro);
            case ENUM -> SchemaBuilder.string().parameter("avro.enum", avro.getFullName());
            case STRING -> SchemaBuilder.string();
            case BYTES, FIXED -> SchemaBuilder.bytes();
            case LONG -> avro.getLogicalType() instanceof LogicalTypes.TimestampMillis ? Timestamp.builder() : SchemaBuilder.int64();
            case INT -> SchemaBuilder.int32();
            case BOOLEAN -> SchemaBuilder.bool();
            case DOUBLE -> SchemaBuilder.float64();
            case FLOAT -> SchemaBuilder.float32();
            case ARRAY -> SchemaBuilder.array(fieldSchema(avro.getElementType(), null, false));
            case MAP -> SchemaBuilder.map(Schema.STRING_SCHEMA, fieldSchema(avro.getValueType(), null, false));
            default -> throw new DataException("Unsupported Avro type " + avro.getType());
        };
        if (optional) {
            builder.optional();
        }
        if (doc != null && builder.doc() == null) {
            builder.doc(doc);
        }
        return builder.build();
    }

    private static org.apache.avro.Schema nonNullBranch(org.apache.avro.Schema union) {
        List<org.apache.avro.Schema> branches = union.getTypes();
        if (branches.size() != 2 || branches.stream().noneMatch(b -> b.getType() == org.apache.avro.Schema.Type.NULL)) {
            throw new DataException("Only nullable unions [null, X] are supported, got " + union);
        }
        return branches.get(0).getType() == org.apache.avro.Schema.Type.NULL ? branches.get(1) : branches.get(0);
    }

    private static Object toConnect(org.apache.avro.Schema avro, Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        return switch (avro.getType()) {
            case UNION -> toConnect(nonNullBranch(avro), schema, value);
            case RECORD -> {
                GenericRecord record = (GenericRecord) value;
                Struct struct = new Struct(schema);
                for (org.apache.avro.Schema.Field field : avro.getFields()) {
                    struct.put(field.name(), toConnect(field.schema(), schema.field(field.name()).schema(), record.get(field.pos())));
                }
                yield struct;
            }
            case ENUM, STRING -> value.toString();
            case BYTES, FIXED -> bytes(value);
            case LONG -> {
                if (schema.name() != null && schema.name().equals(Timestamp.LOGICAL_NAME)) {
                    yield value instanceof Instant instant ? Date.from(instant) : new Date(((Number) value).longValue());
                }
                yield ((Number) value).longValue();
            }
            case ARRAY -> {
                List<Object> out = new ArrayList<>();
                for (Object element : (Collection<?>) value) {
                    out.add(toConnect(avro.getElementType(), schema.valueSchema(), element));
                }
                yield out;
            }
            case MAP -> {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> out.put(k.toString(), toConnect(avro.getValueType(), schema.valueSchema(), v)));
                yield out;
            }
            default -> value;
        };
    }

    private static Object toAvro(org.apache.avro.Schema avro, Object value, String path) {
        if (value == null) {
            if (avro.getType() == org.apache.avro.Schema.Type.UNION || avro.getType() == org.apache.avro.Schema.Type.NULL) {
                return null;
            }
            throw new DataException("Field " + path + " is required by the Avro schema but is null");
        }
        return switch (avro.getType()) {
            case UNION -> toAvro(nonNullBranch(avro), value, path);
            case RECORD -> {
                Struct struct = (Struct) value;
                GenericData.Record record = new GenericData.Record(avro);
                for (org.apache.avro.Schema.Field field : avro.getFields()) {
                    Object fieldValue = struct.schema().field(field.name()) == null ? null : struct.get(field.name());
                    if (fieldValue == null && field.hasDefaultValue()) {
                        record.put(field.pos(), GenericData.get().getDefaultValue(field));
                    } else {
                        record.put(field.pos(), toAvro(field.schema(), fieldValue, path + "." + field.name()));
                    }
                }
                yield record;
            }
            case ENUM -> {
                String symbol = value.toString();
                if (!avro.getEnumSymbols().contains(symbol)) {
                    throw new DataException("Field " + path + ": '" + symbol + "' is not one of " + avro.getEnumSymbols());
                }
                yield new GenericData.EnumSymbol(avro, symbol);
            }
            case STRING -> value.toString();
            case BYTES -> ByteBuffer.wrap(bytes(value));
            case LONG -> value instanceof Date date ? date.getTime() : ((Number) value).longValue();
            case INT -> ((Number) value).intValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case FLOAT -> ((Number) value).floatValue();
            case ARRAY -> {
                List<Object> out = new ArrayList<>();
                for (Object element : (Collection<?>) value) {
                    out.add(toAvro(avro.getElementType(), element, path + "[]"));
                }
                yield new GenericData.Array<>(avro, out);
            }
            case MAP -> {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> out.put(k.toString(), toAvro(avro.getValueType(), v, path + "{}")));
                yield out;
            }
            default -> value;
        };
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        if (value instanceof ByteBuffer buffer) {
            if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0 && buffer.remaining() == buffer.array().length) {
                return buffer.array(); // a whole wrapped array: documents are large, so no copy
            }
            ByteBuffer copy = buffer.duplicate();
            byte[] out = new byte[copy.remaining()];
            copy.get(out);
            return out;
        }
        if (value instanceof GenericData.Fixed fixed) {
            return fixed.bytes();
        }
        throw new DataException("Expected bytes, got " + value.getClass().getName());
    }
}
