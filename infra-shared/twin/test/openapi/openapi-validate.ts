/** The exported documents checked by a maintained OpenAPI 3.0 parser (@readme/openapi-parser, pinned). */
import { validate } from '@readme/openapi-parser';

/** Resolves when the parser accepts the document; rejects with its errors otherwise. */
export async function expectValidOpenApi(document: unknown): Promise<void> {
  // The parser dereferences in place: hand it a copy so the caller's document stays as exported.
  const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
  if (!result.valid) throw new Error(`invalid OpenAPI document:\n${JSON.stringify(result.errors, null, 2)}`);
}
