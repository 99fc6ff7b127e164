package dev.hkfilings.serde;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Replaces the GenericData.Arrays in a freshly read record with {@link ArrayList}s. Avro's GenericData.Array compares
 * and hashes its elements with the conversion-less GenericData, which throws on a logical-type value inside a union
 * (a transaction's optional start date), so {@code equals} and {@code hashCode} of two read events would fail. Avro
 * creates the arrays itself in its fast reader, and turns the fast reader off for any subclassed data model, so the
 * fix-up happens after the read: a walk over the fields that can hold arrays.
 */
final class PlainLists {

    /** Per record class: the positions of the fields that can hold arrays, directly or nested. */
    private static final ClassValue<int[]> ARRAY_FIELDS = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> type) {
            Schema schema = SpecificData.getForClass(type).getSchema(type);
            return schema.getFields().stream().filter(f -> holdsArrays(f.schema(), new HashSet<>()))
                    .mapToInt(Schema.Field::pos).toArray();
        }
    };

    private PlainLists() {
    }

    static Object fix(Object datum) {
        if (datum instanceof GenericData.Array<?> array) {
            List<Object> list = new ArrayList<>(array.size());
            for (Object element : array) {
                list.add(fix(element));
            }
            return list;
        }
        if (datum instanceof SpecificRecord record) {
            for (int pos : ARRAY_FIELDS.get(record.getClass())) {
                Object value = record.get(pos);
                Object fixed = fix(value);
                if (fixed != value) {
                    record.put(pos, fixed);
                }
            }
            return record;
        }
        if (datum instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> values = (Map<Object, Object>) map;
            values.replaceAll((key, value) -> fix(value));
        }
        return datum;
    }

    private static boolean holdsArrays(Schema schema, Set<String> seen) {
        return switch (schema.getType()) {
            case ARRAY -> true;
            case MAP -> holdsArrays(schema.getValueType(), seen);
            case UNION -> schema.getTypes().stream().anyMatch(branch -> holdsArrays(branch, seen));
            case RECORD -> seen.add(schema.getFullName())
                    && schema.getFields().stream().anyMatch(field -> holdsArrays(field.schema(), seen));
            default -> false;
        };
    }
}
