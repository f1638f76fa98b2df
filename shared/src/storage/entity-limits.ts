import { EntityTooLargeError } from './storage-errors';

/** Table Storage limits: 64 KiB per string property (UTF-16), 1 MiB per entity, 252 custom properties. */
export const MAX_STRING_BYTES = 64 * 1024;
export const MAX_ENTITY_BYTES = 1024 * 1024;
export const MAX_PROPERTIES = 252;

export type EntityValue = string | number | boolean | null;
export type EntityProperties = Record<string, EntityValue>;

/**
 * Checks an entity against the limits before it is written, with an error that names the property. Sizes
 * follow the service's own accounting: strings count two bytes per UTF-16 unit, plus the property name.
 */
export function assertWithinLimits(partitionKey: string, rowKey: string, properties: EntityProperties): void {
  const names = Object.keys(properties);
  if (names.length > MAX_PROPERTIES) {
    throw new EntityTooLargeError(`too many properties (${names.length} > ${MAX_PROPERTIES})`, names[0] ?? '');
  }
  let total = 4 + (partitionKey.length + rowKey.length) * 2;
  for (const [name, value] of Object.entries(properties)) {
    const valueBytes = typeof value === 'string' ? value.length * 2 + 4 : 8;
    if (typeof value === 'string' && value.length * 2 > MAX_STRING_BYTES) {
      throw new EntityTooLargeError(
        `property "${name}" is ${value.length * 2} bytes; Table Storage allows ${MAX_STRING_BYTES}`,
        name,
      );
    }
    total += 8 + name.length * 2 + valueBytes;
  }
  if (total > MAX_ENTITY_BYTES) {
    throw new EntityTooLargeError(`entity is ${total} bytes; Table Storage allows ${MAX_ENTITY_BYTES}`, '*');
  }
}
