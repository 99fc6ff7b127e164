package dev.hkfilings.serde;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The data model the specific deserializer reads with: the generated classes' logical-type conversions, and arrays read
 * into {@link ArrayList}s. Avro's own GenericData.Array compares and hashes its elements with the conversion-less
 * GenericData, which throws on a logical-type value inside a union (a transaction's optional start date), so
 * {@code equals} and {@code hashCode} of two read events would fail.
 */
final class ListSpecificData extends SpecificData {

    private static final Map<Class<?>, ListSpecificData> BY_CLASS = new ConcurrentHashMap<>();

    private ListSpecificData(Class<?> type) {
        super(type.getClassLoader());
        // the conversions the class was generated with (its MODEL$), which cover its nested records
        SpecificData.getForClass(type).getConversions().forEach(this::addLogicalTypeConversion);
    }

    /** The model to read instances of this generated class with. */
    static ListSpecificData forClass(Class<?> type) {
        return BY_CLASS.computeIfAbsent(type, ListSpecificData::new);
    }

    @Override
    public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof Collection<?> reused) {
            reused.clear();
            return old;
        }
        return new ArrayList<>(size);
    }
}
