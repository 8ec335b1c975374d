import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseQuestionnaire } from '../domain/index.ts'
import { runCli } from './run.ts'

const groundwork = readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8')

/** Runs the CLI on files kept in memory, as the real one reads and writes them on disk. */
async function run(args: string[], files: Map<string, string | Uint8Array>) {
  const out: string[] = []
  const err: string[] = []
  const get = (path: string) => {
    const file = files.get(path)
    if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    return file
  }
  const code = await runCli(args, {
    readFile: (path) => String(get(path)),
    readBytes: (path) => get(path) as Uint8Array,
    writeFile: (path, data) => files.set(path, data),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  })
  return { code, out, err }
}

describe('groundwork to-xlsx and from-xlsx', () => {
  it('writes a spreadsheet and reads the same questionnaire back', async () => {
    const files = new Map<string, string | Uint8Array>([['g.json', groundwork]])
    expect((await run(['to-xlsx', 'g.json', 'g.xlsx'], files)).code).toBe(0)
    const back = await run(['from-xlsx', 'g.xlsx', 'back.json'], files)
    expect(back.code).toBe(0)
    expect(parseQuestionnaire(String(files.get('back.json')))).toEqual(parseQuestionnaire(groundwork))
  })

  it('exits 1 listing every problem by sheet, row and column, in German when asked', async () => {
    const files = new Map<string, string | Uint8Array>([['g.json', groundwork]])
    await run(['to-xlsx', 'g.json', 'g.xlsx'], files)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((files.get('g.xlsx') as Uint8Array).buffer as ArrayBuffer)
    const questions = workbook.getWorksheet('questions')!
    const levelThreeEnglish = (questions.getRow(1).values as unknown[]).indexOf('level_3::en')
    questions.getRow(14).getCell(levelThreeEnglish).value = null
    questions.getRow(20).getCell(levelThreeEnglish).value = ''
    files.set('broken.xlsx', new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer))
    const result = await run(['from-xlsx', '--lang', 'de', 'broken.xlsx', 'out.json'], files)
    expect(result.code).toBe(1)
    expect(result.err).toEqual(['broken.xlsx: 2 Probleme'])
    expect(result.out).toEqual([
      'Fragen, Zeile 14, Spalte level_3::en: fehlt',
      'Fragen, Zeile 20, Spalte level_3::en: fehlt',
    ])
    expect(files.has('out.json')).toBe(false)
  })

  it('refuses an invalid questionnaire, a missing file and wrong usage', async () => {
    const files = new Map<string, string | Uint8Array>([['bad.json', '{"id": "x"}']])
    const invalid = await run(['to-xlsx', 'bad.json', 'bad.xlsx'], files)
    expect(invalid.code).toBe(1)
    expect(invalid.out.length).toBeGreaterThan(0)
    expect(invalid.out.join('\n')).not.toMatch(/undefined/)
    expect(files.has('bad.xlsx')).toBe(false)
    expect((await run(['from-xlsx', 'nope.xlsx', 'x.json'], files)).out).toEqual(['(file): File not found'])
    expect((await run(['to-xlsx', '--lang', 'de', 'nope.json', 'x.xlsx'], files)).out).toEqual([
      '(file): Datei nicht gefunden',
    ])
    expect((await run(['from-xlsx', 'only-one.xlsx'], files)).code).toBe(2)
  })
})
