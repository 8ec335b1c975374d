/*
 * A short join code for a workshop, to type instead of scanning or clicking the invitation.
 *
 * Without a server a code can only carry what fits in it: eight Crockford base-32 symbols
 * (0–9 and A–Z without I, L, O, U; shown as "K7M2-9QXA") hold
 *   1 symbol   which built-in questionnaire (an index into `JOIN_CODE_QUESTIONNAIRES`),
 *   6 symbols  the workshop's key: 30 bits hashed from its id, so the code never changes,
 *   1 symbol   a check symbol (Luhn mod 32): every single mistyped symbol is caught.
 * The workshop's title, roles and a questionnaire of the consultant's own do not fit: for those the
 * invitation link or QR code is needed. Answers given after joining by code carry `code:<key>` as
 * their workshop, which the facilitator's workshop recognises from its own id (`sentForWorkshop`).
 */

import { sameQuestionnaire } from '../questionnaire/reference.ts'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BASE = 32
const KEY_SYMBOLS = 6
const LENGTH = 1 + KEY_SYMBOLS + 1
const KEY_PREFIX = 'code:'

/**
 * The built-in questionnaires a code can name, by position. Append only: a code printed today
 * must name the same questionnaire in every later version of the app.
 */
export const JOIN_CODE_QUESTIONNAIRES: readonly { id: string; version: string }[] = [
  { id: 'groundwork', version: '2.0' },
  { id: 'groundwork', version: '1.0' },
]

/** What a typed code is wrong about: its length, a symbol that is no Crockford symbol, a typo (check symbol), an unknown questionnaire. */
export type JoinCodeProblem =
  | { kind: 'empty' }
  | { kind: 'length'; length: number }
  | { kind: 'symbol'; symbol: string; position: number }
  | { kind: 'check' }
  | { kind: 'questionnaire' }

export interface JoinCode {
  questionnaire: { id: string; version: string }
  /** The workshop's key, six symbols. */
  key: string
}

export type JoinCodeResult = { ok: true; value: JoinCode } | { ok: false; problem: JoinCodeProblem }

/** FNV-1a over the UTF-16 code units: a small, stable hash (not for secrecy – a key, not a secret). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

function symbols(value: number, count: number): string {
  let out = ''
  for (let i = count - 1; i >= 0; i--) out += ALPHABET[Math.floor(value / BASE ** i) % BASE]
  return out
}

/** Luhn mod N over symbol values: the symbol that makes the weighted sum a multiple of 32. */
function checkSymbol(values: readonly number[]): number {
  let sum = 0
  let double = true
  for (let i = values.length - 1; i >= 0; i--) {
    let v = values[i]!
    if (double) {
      v *= 2
      v = Math.floor(v / BASE) + (v % BASE)
    }
    sum += v
    double = !double
  }
  return (BASE - (sum % BASE)) % BASE
}

/** A workshop's key: six symbols hashed from its id (30 bits; two workshops share one about once in a billion). */
export function workshopKey(workshopId: string): string {
  return symbols(fnv1a(workshopId) & 0x3fffffff, KEY_SYMBOLS)
}

/** What answers given after joining by code carry as their workshop. */
export function workshopIdFromKey(key: string): string {
  return `${KEY_PREFIX}${key}`
}

/** Whether a workshop id was read from a join code (the participant knows the key, not the id). */
export function joinedByCode(workshopId: string): boolean {
  return workshopId.startsWith(KEY_PREFIX)
}

/** Whether answers sent for `sentFor` (a workshop id, or `code:<key>` after joining by code) belong to this workshop. */
export function sentForWorkshop(sentFor: string, workshopId: string): boolean {
  return sentFor === workshopId || sentFor === workshopIdFromKey(workshopKey(workshopId))
}

/** Eight symbols from a questionnaire position (0–31) and a 30-bit key, check symbol last. */
export function encodeJoinCode(questionnaireIndex: number, key: number): string {
  const body = [questionnaireIndex, ...[...symbols(key, KEY_SYMBOLS)].map((s) => ALPHABET.indexOf(s))]
  return [...body, checkSymbol(body)].map((v) => ALPHABET[v]).join('')
}

/**
 * A workshop's join code, or null when its questionnaire is not built in (then only the
 * invitation link or QR code carries it).
 */
export function joinCodeFor(workshop: { id: string; questionnaire: { id: string; version: string } }): string | null {
  const index = JOIN_CODE_QUESTIONNAIRES.findIndex((q) => sameQuestionnaire(q, workshop.questionnaire))
  return index < 0 ? null : encodeJoinCode(index, fnv1a(workshop.id) & 0x3fffffff)
}

/** "K7M29QXA" as "K7M2-9QXA": easier to read out and to type. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/**
 * Reads a typed code. Case, spaces and hyphens do not matter; as in Crockford's base 32, I and L
 * are read as 1 and O as 0. Never throws.
 */
export function parseJoinCode(typed: string): JoinCodeResult {
  const cleaned = typed.toUpperCase().replace(/[\s-]+/g, '')
  if (cleaned === '') return { ok: false, problem: { kind: 'empty' } }
  const values: number[] = []
  for (const [position, raw] of [...cleaned].entries()) {
    const symbol = raw === 'I' || raw === 'L' ? '1' : raw === 'O' ? '0' : raw
    const value = ALPHABET.indexOf(symbol)
    if (value < 0) return { ok: false, problem: { kind: 'symbol', symbol: raw, position: position + 1 } }
    values.push(value)
  }
  if (values.length !== LENGTH) return { ok: false, problem: { kind: 'length', length: values.length } }
  if (checkSymbol(values.slice(0, -1)) !== values[LENGTH - 1]) return { ok: false, problem: { kind: 'check' } }
  const questionnaire = JOIN_CODE_QUESTIONNAIRES[values[0]!]
  if (!questionnaire) return { ok: false, problem: { kind: 'questionnaire' } }
  const key = values
    .slice(1, 1 + KEY_SYMBOLS)
    .map((v) => ALPHABET[v])
    .join('')
  return { ok: true, value: { questionnaire: { ...questionnaire }, key } }
}
