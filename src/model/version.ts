/**
 * Version of the {@link Notice} JSON shape. Bumped on any breaking change of the model.
 * Kept apart from the schemas so that parsing pulls no validation code into a bundle.
 *
 * @example
 * ```ts
 * if (notice.schemaVersion !== SCHEMA_VERSION) throw new Error("re-parse with this version");
 * ```
 */
export const SCHEMA_VERSION = "0.1.0" as const;
