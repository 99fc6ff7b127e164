package dev.hkfilings.serde;

import org.apache.avro.specific.SpecificData;

/**
 * The data model the serdes read and write generated classes with: the class's own model (its logical-type
 * conversions) with Avro's custom coders switched on. Our classes are generated (src/main/velocity/record.vm) with
 * customEncode/customDecode methods that write fields directly instead of walking the schema; Avro 1.12 leaves them
 * off by default, and a copy keeps the generated class's shared model as Avro configures it for everyone else.
 */
final class CustomCoders {

    private static final ClassValue<SpecificData> MODELS = new ClassValue<>() {
        @Override
        protected SpecificData computeValue(Class<?> type) {
            SpecificData generated = SpecificData.getForClass(type);
            SpecificData model = new SpecificData(type.getClassLoader());
            generated.getConversions().forEach(model::addLogicalTypeConversion);
            model.setCustomCoders(true);
            return model;
        }
    };

    private CustomCoders() {
    }

    static SpecificData model(Class<?> type) {
        return MODELS.get(type);
    }
}
