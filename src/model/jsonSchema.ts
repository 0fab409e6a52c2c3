import { z } from "zod";
import { NoticeSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the {@link Notice} JSON, generated from the zod schemas:
 * for services that validate ketluan's output without TypeScript. The package also ships it as
 * `ketluan/notice.schema.json`.
 *
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020";
 * const validate = new Ajv2020().compile(noticeJsonSchema());
 * validate(JSON.parse(json));
 * ```
 */
export function noticeJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(NoticeSchema), title: "ketluan Notice" } as Record<string, unknown>;
}
