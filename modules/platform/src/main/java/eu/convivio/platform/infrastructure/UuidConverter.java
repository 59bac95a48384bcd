package eu.convivio.platform.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * Maps nullable {@link UUID} attributes: written in their text form (PostgreSQL casts it to
 * {@code uuid}, the data source sends strings untyped), read as the driver returns them. EclipseLink 4.0.7's own UUID handling
 * fails on NULL values; identifiers, which are never null, keep the native mapping.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid == null ? null : uuid.toString();
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
