import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createBackup, emptyContents, tombstone, validateQuestionnaire, type Questionnaire } from '../domain/index.ts'
import { runCli } from './run.ts'

const groundwork = readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8')

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const readFile = (path: string) => {
    if (path in files) return files[path]!
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  }
  const code = runCli(args, { readFile, out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out, err }
}

function responseTo(questionnaire: { id: string; version: string; questions: { id: string }[] }, level: number) {
  return JSON.stringify({
    format: 'groundwork-response',
    formatVersion: 1,
    id: 'r-1',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers: Object.fromEntries(questionnaire.questions.map((q) => [q.id, { choice: level }])),
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
  })
}

describe('groundwork validate', () => {
  it('accepts the default questionnaire', () => {
    expect(run(['validate', 'g.json'], { 'g.json': groundwork }).code).toBe(0)
  })

  it('exits 1 and names the path of a missing English level text', () => {
    const broken = JSON.parse(groundwork)
    delete broken.questions[3].levels[2].en
    const result = run(['validate', 'broken.json'], { 'broken.json': JSON.stringify(broken) })
    expect(result.code).toBe(1)
    expect(result.out).toEqual([
      'questions[3].levels[2].en: Question 4, level 2, English text: missing — expected a text',
    ])
  })

  it('explains a file that is not JSON, or missing', () => {
    expect(run(['validate', 'x.json'], { 'x.json': 'not json' }).out[0]).toMatch(/^\(root\): Not valid JSON/)
    expect(run(['validate', 'nope.json']).out).toEqual(['(file): File not found'])
  })

  it('validates response files too', () => {
    const q = JSON.parse(groundwork)
    expect(run(['validate', 'r.json'], { 'r.json': responseTo(q, 2) }).code).toBe(0)
  })

  it('summarises a workspace backup in one line, or names every problem', () => {
    const questionnaire = validateQuestionnaire(JSON.parse(groundwork)) as { ok: true; value: Questionnaire }
    const q = questionnaire.value
    const stamp = '2026-11-23T10:00:00.000Z'
    const client = { id: 'c-1', name: 'Müller GmbH', createdAt: stamp, updatedAt: stamp }
    const contents = {
      ...emptyContents(),
      clients: [client, tombstone({ ...client, id: 'c-2' }, new Date(stamp))],
      assessments: [{ id: 'r-1', clientId: 'c-1', response: JSON.parse(responseTo(q, 2)), updatedAt: stamp }],
      questionnaires: [{ id: `${q.id}@${q.version}`, questionnaire: q, addedAt: stamp, updatedAt: stamp }],
    }
    const backup = createBackup(contents, { kind: 'all' }, new Date(stamp))
    const valid = run(['validate', 'b.json'], { 'b.json': JSON.stringify(backup) })
    expect(valid.code).toBe(0)
    expect(valid.err).toEqual([
      `b.json: valid workspace backup of the whole workspace from ${stamp}: 1 client, 1 assessment, 0 workshops, 1 questionnaire, 0 branding profiles, 1 deletion`,
    ])
    const broken = JSON.parse(JSON.stringify(backup))
    broken.assessments[0].response.answers[q.questions[0]!.id].choice = 'sometimes'
    broken.clients[1].id = 'c-1'
    const result = run(['validate', 'b.json'], { 'b.json': JSON.stringify(broken) })
    expect(result.code).toBe(1)
    expect(result.err).toEqual(['b.json: 2 problems'])
    const first = q.questions[0]!.id
    expect(result.out).toEqual([
      'clients[1].id: Client 2, id: “c-1” is already the id of clients[0]',
      `assessments[0].response.answers.${first}.choice: Assessment 1, question “${first}”, level: “sometimes” does not exist — allowed are the levels 0 to 4, “dontKnow”, “notApplicable” and “notNeeded”`,
    ])

    const german = run(['validate', '--lang', 'de', 'b.json'], { 'b.json': JSON.stringify(broken) })
    expect(german.code).toBe(1)
    expect(german.err).toEqual(['b.json: 2 Probleme'])
    expect(german.out).toEqual([
      'clients[1].id: Mandant 2, Kennung: „c-1“ ist schon die Kennung von clients[0]',
      `assessments[0].response.answers.${first}.choice: Einschätzung 1, Frage „${first}“, Stufe: „sometimes“ gibt es nicht – erlaubt sind die Stufen 0 bis 4, „dontKnow“, „notApplicable“ und „notNeeded“`,
    ])
    const germanValid = run(['validate', 'b.json', '--lang', 'de'], { 'b.json': JSON.stringify(backup) })
    expect(germanValid.err[0]).toMatch(
      /^b\.json: gültige Sicherung des ganzen Arbeitsbereichs .*: 1 Mandant, 1 Einschätzung/,
    )
  })

  it('speaks English by default and German with --lang de; other languages are wrong usage', () => {
    const broken = JSON.parse(groundwork)
    broken.questions[0].weight = 0
    const files = { 'q.json': JSON.stringify(broken) }
    expect(run(['validate', 'q.json'], files).out).toEqual([
      'questions[0].weight: Question 1, weight: 0 is too small — allowed is more than 0',
    ])
    expect(run(['validate', '--lang', 'de', 'q.json'], files).out).toEqual([
      'questions[0].weight: Frage 1, Gewicht: 0 ist zu klein – erlaubt ist mehr als 0',
    ])
    expect(run(['validate', '--lang', 'de', 'nope.json']).out).toEqual(['(file): Datei nicht gefunden'])
    expect(run(['validate', '--lang', 'fr', 'q.json'], files).code).toBe(2)
  })
})

describe('groundwork score', () => {
  it('prints the report as JSON', () => {
    const q = JSON.parse(groundwork)
    const result = run(['score', 'g.json', 'r.json'], { 'g.json': groundwork, 'r.json': responseTo(q, 2) })
    expect(result.code).toBe(0)
    const report = JSON.parse(result.out.join('\n'))
    expect(report.overall.score).toBe(50)
    expect(report.completeness).toMatchObject({ partial: false, missing: [] })
    expect(report.actionPlan[0].dimension).toBe('business-model')
  })

  it('also prints the aggregated team report for several responses', () => {
    const q = JSON.parse(groundwork)
    const files = { 'g.json': groundwork, 'a.json': responseTo(q, 4), 'b.json': responseTo(q, 1) }
    const result = run(['score', 'g.json', 'a.json', 'b.json'], files)
    expect(result.code).toBe(0)
    const { responses, team } = JSON.parse(result.out.join('\n'))
    expect(responses).toHaveLength(2)
    expect(team.participants).toBe(2)
    expect(team.team.overall.score).toBe(62.5)
    expect(team.discussionTopics).toHaveLength(q.questions.length)
    expect(team.discussionTopics[0]).toMatchObject({ spread: 3, levels: [4, 1] })
  })

  it('refuses a response to another questionnaire version, saying which', () => {
    const q = JSON.parse(groundwork)
    const other = responseTo({ ...q, version: '0.9' }, 2)
    const result = run(['score', 'g.json', 'r.json'], { 'g.json': groundwork, 'r.json': other })
    expect(result.code).toBe(1)
    expect(result.out[0]).toMatch(/version 0\.9, not/)
  })

  it('shows usage and exits 2 when arguments are missing', () => {
    expect(run(['score', 'g.json']).code).toBe(2)
    expect(run(['frobnicate']).code).toBe(2)
  })
})

describe('the installed command', () => {
  it('exits with the code and prints the problems, never a stack trace', () => {
    const cli = ['tsx', 'src/cli/main.ts']
    expect(execFileSync('npx', [...cli, 'validate', 'questionnaires/groundwork.json'], { encoding: 'utf8' })).toBe('')
    const failed = spawnSync('npx', [...cli, 'validate', 'package.json'], { encoding: 'utf8' })
    expect(failed.status).toBe(1)
    expect(failed.stdout).toContain('id: Missing — expected a text')
    expect(failed.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  }, 30_000) // two real processes: on a loaded machine more than the default five seconds
})
