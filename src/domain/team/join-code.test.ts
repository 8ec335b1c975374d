import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  encodeJoinCode,
  formatJoinCode,
  joinedByCode,
  JOIN_CODE_QUESTIONNAIRES,
  joinCodeFor,
  parseJoinCode,
  sentForWorkshop,
  workshopIdFromKey,
  workshopKey,
} from './join-code.ts'

const params = { seed: 20261202, numRuns: Number(process.env.FC_RUNS ?? 300) }
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const index = fc.integer({ min: 0, max: JOIN_CODE_QUESTIONNAIRES.length - 1 })
const key = fc.integer({ min: 0, max: 2 ** 30 - 1 })
const keySymbols = (n: number) => encodeJoinCode(0, n).slice(1, 7)

describe('join codes, worked examples', () => {
  it('names the built-in questionnaire and the workshop in eight symbols', () => {
    const workshop = { id: 'w-lq2k9x-abc', questionnaire: { id: 'groundwork', version: '2.0' } }
    const code = joinCodeFor(workshop)!
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(code[0]).toBe('0')
    expect(formatJoinCode(code)).toBe(`${code.slice(0, 4)}-${code.slice(4)}`)
    expect(parseJoinCode(formatJoinCode(code))).toEqual({
      ok: true,
      value: { questionnaire: { id: 'groundwork', version: '2.0' }, key: workshopKey(workshop.id) },
    })
    // The same workshop always has the same code; another workshop another one.
    expect(joinCodeFor(workshop)).toBe(code)
    expect(joinCodeFor({ ...workshop, id: 'w-lq2k9x-abd' })).not.toBe(code)
  })

  it("has no code for a questionnaire of the consultant's own: the invitation link is needed", () => {
    expect(joinCodeFor({ id: 'w-1', questionnaire: { id: 'own-check', version: '1.0' } })).toBeNull()
    expect(joinCodeFor({ id: 'w-1', questionnaire: { id: 'groundwork', version: '9.9' } })).toBeNull()
  })

  it('reads lower case, spaces, hyphens, and I, L, O as 1, 1, 0', () => {
    // 1 and 0 in the key, written as the letters people confuse them with.
    const code = encodeJoinCode(0, 32 ** 5 + 1) // key "100001"
    expect(code.slice(1, 7)).toBe('100001')
    const typed = `${code[0]}i o0 0-0L${code[7]}`.toLowerCase()
    expect(parseJoinCode(typed)).toMatchObject({ ok: true, value: { key: '100001' } })
  })

  it('names what is wrong with a typed code', () => {
    const code = encodeJoinCode(0, 123456)
    expect(parseJoinCode('  ')).toEqual({ ok: false, problem: { kind: 'empty' } })
    expect(parseJoinCode(code.slice(0, 7))).toEqual({ ok: false, problem: { kind: 'length', length: 7 } })
    expect(parseJoinCode(`${code.slice(0, 3)}U${code.slice(4)}`)).toEqual({
      ok: false,
      problem: { kind: 'symbol', symbol: 'U', position: 4 },
    })
    const typo = `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`
    expect(parseJoinCode(typo)).toEqual({ ok: false, problem: { kind: 'check' } })
    // A well-formed code for a questionnaire this app does not know (position 31).
    expect(parseJoinCode(encodeJoinCode(31, 5))).toEqual({ ok: false, problem: { kind: 'questionnaire' } })
  })

  it("files answers sent by id or by the code's key into the workshop, and no other", () => {
    expect(sentForWorkshop('w-1', 'w-1')).toBe(true)
    expect(sentForWorkshop(workshopIdFromKey(workshopKey('w-1')), 'w-1')).toBe(true)
    expect(sentForWorkshop(workshopIdFromKey(workshopKey('w-2')), 'w-1')).toBe(false)
    expect(sentForWorkshop('w-2', 'w-1')).toBe(false)
    expect(joinedByCode(workshopIdFromKey('ABC123'))).toBe(true)
    expect(joinedByCode('w-1')).toBe(false)
  })
})

describe('join code properties', () => {
  it('reads back what was encoded', () => {
    fc.assert(
      fc.property(index, key, (i, k) => {
        const read = parseJoinCode(formatJoinCode(encodeJoinCode(i, k)))
        expect(read).toEqual({ ok: true, value: { questionnaire: JOIN_CODE_QUESTIONNAIRES[i], key: keySymbols(k) } })
      }),
      params,
    )
  })

  it('catches every single mistyped symbol', () => {
    fc.assert(
      fc.property(index, key, fc.nat(7), fc.nat(31), (i, k, at, other) => {
        const code = encodeJoinCode(i, k)
        const replacement = ALPHABET[other]!
        fc.pre(replacement !== code[at])
        const typo = `${code.slice(0, at)}${replacement}${code.slice(at + 1)}`
        expect(parseJoinCode(typo).ok).toBe(false)
      }),
      params,
    )
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (typed) => {
        const read = parseJoinCode(typed)
        expect(typeof read.ok).toBe('boolean')
      }),
      params,
    )
  })

  it('gives every workshop id a six-symbol key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (id) => {
        expect(workshopKey(id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/)
        expect(sentForWorkshop(workshopIdFromKey(workshopKey(id)), id)).toBe(true)
      }),
      params,
    )
  })
})
