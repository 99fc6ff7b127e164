package dev.hkfilings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro record as plain JSON for people: field names exactly as in the schema, unions unwrapped
 * (Avro's own JSON encoding would write {"string": "..."}), timestamps and dates in ISO form,
 * enums by symbol, bytes in base64.
 */
public final class AvroJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Resolves union branches of values that generated classes hold as java.time types. */
    private static final GenericData MODEL = new GenericData();

    static {
        MODEL.addLogicalTypeConversion(new TimeConversions.DateConversion());
        MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        MODEL.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        MODEL.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    }

    private AvroJson() {
    }

    public static JsonNode toJson(IndexedRecord record) {
        return value(record, record.getSchema());
    }

    private static JsonNode value(Object v, Schema schema) {
        if (v == null) {
            return F.nullNode();
        }
        return switch (schema.getType()) {
            case UNION -> value(v, schema.getTypes().get(MODEL.resolveUnion(schema, v)));
            case RECORD -> {
                IndexedRecord r = (IndexedRecord) v;
                ObjectNode o = F.objectNode();
                for (Schema.Field f : r.getSchema().getFields()) {
                    o.set(f.name(), value(r.get(f.pos()), f.schema()));
                }
                yield o;
            }
            case ARRAY -> {
                ArrayNode a = F.arrayNode();
                for (Object item : (Collection<?>) v) {
                    a.add(value(item, schema.getElementType()));
                }
                yield a;
            }
            case MAP -> {
                ObjectNode o = F.objectNode();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    o.set(e.getKey().toString(), value(e.getValue(), schema.getValueType()));
                }
                yield o;
            }
            case ENUM -> F.textNode(v.toString());
            case STRING -> F.textNode(v.toString());
            case BYTES -> F.textNode(Base64.getEncoder().encodeToString(bytes(v)));
            case FIXED -> F.textNode(Base64.getEncoder().encodeToString(((GenericFixed) v).bytes()));
            case BOOLEAN -> F.booleanNode((Boolean) v);
            case INT -> logical(v, schema, () -> F.numberNode(((Number) v).intValue()));
            case LONG -> logical(v, schema, () -> F.numberNode(((Number) v).longValue()));
            case FLOAT -> F.numberNode(((Number) v).floatValue());
            case DOUBLE -> F.numberNode(((Number) v).doubleValue());
            case NULL -> F.nullNode();
        };
    }

    private static JsonNode logical(Object v, Schema schema, java.util.function.Supplier<JsonNode> plain) {
        LogicalType lt = schema.getLogicalType();
        if (v instanceof Instant i) {
            return F.textNode(i.toString());
        }
        if (v instanceof LocalDate d) {
            return F.textNode(d.toString());
        }
        if (lt != null && v instanceof Number n) {
            // generic records carry logical types as plain numbers
            switch (lt.getName()) {
                case "date":
                    return F.textNode(LocalDate.ofEpochDay(n.longValue()).toString());
                case "timestamp-millis":
                    return F.textNode(Instant.ofEpochMilli(n.longValue()).toString());
                case "timestamp-micros":
                    return F.textNode(Instant.EPOCH.plus(n.longValue(), ChronoUnit.MICROS).toString());
                default:
                    break;
            }
        }
        return plain.get();
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        ByteBuffer d = ((ByteBuffer) v).duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
