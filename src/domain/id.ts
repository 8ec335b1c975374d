/** Where a random id comes from: the Web Crypto API, which browsers leave out of pages served over plain http. */
export interface IdSource {
  randomUUID?: () => string
}

/**
 * A new unique id for a record (response, client, workshop, participant, action…): a random UUID
 * where the source offers one, otherwise `prefix-<time>-<random>` — a phone that opened the app
 * over the local network by IP address has no `crypto.randomUUID`, and it must still work.
 */
export function newId(prefix = 'id', source: IdSource | undefined = globalThis.crypto): string {
  return source?.randomUUID?.() ?? `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
