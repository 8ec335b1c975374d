import { z } from '../zod.ts'
import type { Questionnaire } from '../questionnaire/schema.ts'
import type { RuleIssue } from '../problems/issue.ts'
import { checkSchema, problemAt, type Result } from '../validation.ts'
import { adoptionChoiceOf, choiceOf } from './choices.ts'
import { checkResponseFits, validateResponse } from './load.ts'
import {
  idKeySchema,
  RESPONSE_FORMAT,
  RESPONSE_FORMAT_VERSION,
  type AdoptionChoice,
  type AssessmentResponse,
  type Choice,
} from './schema.ts'
import { sameQuestionnaire } from '../questionnaire/reference.ts'

/**
 * Answers travel in a link's fragment (never sent to a server) and in QR codes, so they are
 * packed: one character per question in questionnaire order, then deflated and base64url-encoded.
 */
const CODES: Record<string, Choice> = {
  '0': 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  d: 'dontKnow',
  a: 'notApplicable',
  n: 'notNeeded',
}
const CODE_OF = new Map(Object.entries(CODES).map(([code, choice]) => [choice, code]))
/** The adoption inventory, one character per item in questionnaire order. */
const ADOPTION_CODES: Record<string, AdoptionChoice> = {
  x: 'notIntroduced',
  f: 'fewUse',
  m: 'mostUse',
  n: 'notNeeded',
  d: 'dontKnow',
}
const ADOPTION_CODE_OF = new Map(Object.entries(ADOPTION_CODES).map(([code, choice]) => [choice, code]))
const NONE = '-'
const MAX_LINK_LENGTH = 200_000

const payloadSchema = z.strictObject({
  v: z.literal(1),
  q: z.tuple([z.string().check(z.maxLength(64)), z.string().check(z.maxLength(32))]),
  r: z.string().check(z.minLength(1), z.maxLength(100)),
  n: z.optional(z.string().check(z.maxLength(200))),
  o: z.optional(z.string().check(z.maxLength(200))),
  a: z.string().check(z.regex(/^[0-4dan-]*$/, 'holds an unknown answer code'), z.maxLength(500)),
  t: z.optional(z.record(idKeySchema, z.string().check(z.maxLength(2000)))),
  i: z.optional(z.string().check(z.regex(/^[xfmnd-]*$/, 'holds an unknown inventory code'), z.maxLength(50))),
  u: z.iso.datetime({ offset: true }),
  /** The workshop the answers were given for (optional: links made before it was carried have none). */
  w: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
})

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n + 1 can never come from base64: atob would throw on it.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter()
  // Not awaited: the readable side must be drained at the same time, or a large input stalls.
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined)
  return new Uint8Array(await new Response(stream.readable).arrayBuffer())
}

/** Packs a response to a questionnaire into a URL-safe string. */
export async function encodeShareCode(response: AssessmentResponse, questionnaire: Questionnaire): Promise<string> {
  const notes = Object.fromEntries(
    Object.entries(response.answers).flatMap(([id, answer]) => (answer.note ? [[id, answer.note]] : [])),
  )
  const inventory = (questionnaire.adoption?.items ?? [])
    .map((item) => {
      const choice = adoptionChoiceOf(response.adoption, item.id)
      return choice === undefined ? NONE : ADOPTION_CODE_OF.get(choice)!
    })
    .join('')
    .replace(/-+$/, '')
  const payload = {
    v: 1,
    q: [response.questionnaire.id, response.questionnaire.version],
    r: response.id,
    ...(response.respondent?.name ? { n: response.respondent.name } : {}),
    ...(response.respondent?.role ? { o: response.respondent.role } : {}),
    a: questionnaire.questions
      .map((q) => {
        const choice = choiceOf(response.answers, q.id)
        return choice === undefined ? NONE : CODE_OF.get(choice)!
      })
      .join('')
      .replace(/-+$/, ''),
    ...(Object.keys(notes).length > 0 ? { t: notes } : {}),
    ...(inventory ? { i: inventory } : {}),
    u: response.updatedAt,
    ...(response.workshopId ? { w: response.workshopId } : {}),
  }
  const bytes = new TextEncoder().encode(JSON.stringify(payload))
  return toBase64Url(await transform(bytes, new CompressionStream('deflate-raw')))
}

/**
 * Unpacks a share code into a response for this questionnaire. A damaged code, or one for another
 * questionnaire or version, comes back as a list of problems.
 */
export async function decodeShareCode(code: string, questionnaire: Questionnaire): Promise<Result<AssessmentResponse>> {
  const fail = (issue: RuleIssue): Result<AssessmentResponse> => ({ ok: false, problems: [problemAt('(link)', issue)] })
  if (code.length === 0 || code.length > MAX_LINK_LENGTH) return fail({ code: 'link_empty' })
  const bytes = fromBase64Url(code)
  if (!bytes) return fail({ code: 'link_characters' })
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(await transform(bytes, new DecompressionStream('deflate-raw'))))
  } catch {
    return fail({ code: 'link_damaged' })
  }
  const parsed = checkSchema(payloadSchema, json)
  if (!parsed.ok) return parsed
  const payload = parsed.value
  const [id, version] = payload.q
  if (!sameQuestionnaire({ id, version }, questionnaire))
    return fail({
      code: 'other_questionnaire',
      id,
      version,
      expectedId: questionnaire.id,
      expectedVersion: questionnaire.version,
    })
  if (payload.a.length > questionnaire.questions.length) return fail({ code: 'link_too_many', what: 'answers' })
  const answers: AssessmentResponse['answers'] = {}
  questionnaire.questions.forEach((q, i) => {
    const code = payload.a[i]
    const choice = code === undefined || code === NONE ? undefined : CODES[code]
    const note = payload.t && Object.hasOwn(payload.t, q.id) ? payload.t[q.id] : undefined
    if (choice !== undefined || note !== undefined)
      answers[q.id] = { ...(choice !== undefined ? { choice } : {}), ...(note !== undefined ? { note } : {}) }
  })
  const items = questionnaire.adoption?.items ?? []
  if ((payload.i?.length ?? 0) > items.length) return fail({ code: 'link_too_many', what: 'items' })
  const adoption: NonNullable<AssessmentResponse['adoption']> = {}
  items.forEach((item, i) => {
    const code = payload.i?.[i]
    const choice = code === undefined || code === NONE ? undefined : ADOPTION_CODES[code]
    if (choice !== undefined) adoption[item.id] = { choice }
  })
  const respondent = { ...(payload.n ? { name: payload.n } : {}), ...(payload.o ? { role: payload.o } : {}) }
  const candidate = {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    id: payload.r,
    questionnaire: { id, version },
    ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
    answers,
    ...(Object.keys(adoption).length > 0 ? { adoption } : {}),
    ...(payload.w ? { workshopId: payload.w } : {}),
    createdAt: payload.u,
    updatedAt: payload.u,
  }
  const response = validateResponse(candidate)
  if (!response.ok) return response
  const problems = checkResponseFits(response.value, questionnaire)
  return problems.length > 0 ? { ok: false, problems } : response
}
