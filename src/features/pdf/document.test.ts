// @vitest-environment node
// (Under jsdom react-pdf's output comes out corrupt: PDFs are generated in the node environment.)
import { renderToBuffer } from '@react-pdf/renderer'
import { describe, expect, test } from 'vitest'
import { aggregateTeam, scoreResponse, type Answers, type Choice } from '../../domain/index.ts'
import { createPdfDocument, pdfFileName } from './document.tsx'
import { nodeFontFiles } from './font-files.node.ts'
import { registerPdfFonts } from './fonts.ts'
import { createFormat } from '../../i18n/format.ts'
import {
  completeResponse,
  defaultQuestionnaire,
  fixtureBranding,
  fixtureWorkshop,
  partialResponse,
  teamParticipants,
} from '../../../tests/builders/sample.ts'
import { soloPdfInput, teamPdfInput } from '../../../tests/builders/pdf-input.ts'
import type { PdfInput } from './model.ts'
import { pdfLanguage, readPdf, type ReadPdf } from './pdf-text.ts'

const questionnaire = defaultQuestionnaire()

/** Every page has content between its running head and foot: no blank page anywhere. */
function expectNoBlankPage(pdf: ReadPdf) {
  expect(pdf.pageBodies).toHaveLength(pdf.pages)
  pdf.pageBodies.forEach((body, i) => expect(body, `page ${i + 1} of ${pdf.pages} is blank`).not.toBe(''))
}

/** Renders the document and reads it back; every document any test makes is checked for blank pages. */
async function generate(input: PdfInput) {
  // As the app does: the fonts readied for every document (see fonts.ts).
  registerPdfFonts(nodeFontFiles)
  const buffer = await renderToBuffer(createPdfDocument(input) as Parameters<typeof renderToBuffer>[0])
  const pdf = readPdf(buffer, pdfFileName(input))
  expectNoBlankPage(pdf)
  return { buffer, pdf }
}

/** No heading ends its page alone: where it stands, what it introduces follows on the same page. */
function expectNotAlone(pdf: ReadPdf, headings: readonly (string | RegExp)[], min = 120) {
  for (const heading of headings) {
    const pattern = typeof heading === 'string' ? new RegExp(heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : heading
    const page = pdf.pageTexts.find((p) => pattern.test(p))
    expect(page, String(heading)).toBeDefined()
    const match = page!.match(pattern)!
    // Up to the running foot ("Stand vom … Seite 4 von 12").
    const after = page!.slice(match.index! + match[0].length).replace(/Stand vom [^]*$/, '')
    expect(after.trim().length, `"${String(heading)}" alone at the foot of its page`).toBeGreaterThanOrEqual(min)
  }
}

// Every test renders whole documents (the team tests two): on a busy machine that outlasts the default 5 s.
const RENDERING = { timeout: 40_000 }

describe('the PDF summary', RENDERING, () => {
  test('solo: sections, scores as on screen, German typography, metadata', async () => {
    const input = soloPdfInput(questionnaire, { branding: fixtureBranding })
    const { buffer, pdf } = await generate(input)
    const { text } = pdf
    for (const heading of [
      'Gesamtbild',
      'Was auffällt',
      'Das Fundament',
      'Werkzeuge und Technologie',
      'Die nächsten Schritte',
      'Alle Empfehlungen nach Bereich',
      'Anhang: Wie die Wertung entsteht',
    ])
      expect(text).toContain(heading)
    // The figures the domain (and `npm run groundwork -- score`) computes, with a decimal comma.
    const report = scoreResponse(questionnaire, input.response)
    const format = createFormat('de')
    expect(text).toContain(`${format.score(report.overall!)} von 100 Punkten`)
    expect(text).toContain(format.score(report.foundationIndex!))
    expect(text).toContain(format.score(report.toolIndex!))
    for (const dimension of report.dimensions) expect(text).toContain(`${format.score(dimension.score!)} Punkte`)
    expect(text).toContain('Technologie zählt nur so weit, wie das Fundament sie trägt.')
    // What was bought against the business model: the CRM story, the barely used tools, the map.
    expect(report.findings.map((f) => f.kind)).toContain('adoptionAheadOfFoundation')
    expect(text).toContain('Werkzeuge gekauft, bevor das Geschäft verstanden ist')
    expect(text).toContain('Bei CRM ist es schon einmal so gegangen')
    expect(text).toContain('Gekauft, aber kaum genutzt')
    expect(text).toContain('Kundenverwaltung / CRM')
    expect(text).toContain('Geschäftsmodell und eingeführte Werkzeuge')
    expect(text).toContain(`Ihr Unternehmen: ${'Werkzeuge zuerst'}`)
    expect(text).toContain(`Eingeführte Werkzeuge: ${format.score(report.adoption!.index!)}`)
    // Cover, branding, notes and German characters exactly as typed.
    expect(text).toContain('Müller Straßenbau GmbH')
    expect(text).toContain('Einschätzung von Jürgen Weiß, Geschäftsführer')
    expect(text).toContain('Branche: Straßen- und Tiefbau · 10 bis 49 Beschäftigte')
    expect(text).toContain('Groß & Partner Beratung')
    expect(text).toContain('„Steht so im „Leitbild 2030“ – gelesen hat es kaum jemand.“')
    expect(text).toContain('(ca. 1,2 Mio. €)')
    expect(text).toContain('weiß man’s genauer')
    // Every answer as its level statement.
    const first = questionnaire.questions[0]!
    expect(text).toContain(`Stufe 1 – ${first.levels[1]!.de}`)
    expect(text).toMatch(/Seite 2 von (\d+)/)
    expect(text).toContain(`Seite ${pdf.pages} von ${pdf.pages}`)
    expect(pdf.pages).toBeGreaterThanOrEqual(8)
    expect(pdf.pages).toBeLessThanOrEqual(20)
    expect(pdf.pageTexts).toHaveLength(pdf.pages)
    // An area's heading never ends a page alone: its description starts on the same page.
    for (const dimension of questionnaire.dimensions) {
      // (The score beside the heading may come first or after it in the text layer.)
      const heading = new RegExp(`${dimension.title.de}( [\\d,]+ Punkte · [^·]+?)? \\d+ von \\d+ Fragen beantwortet`)
      const page = pdf.pageTexts.find((p) => heading.test(p))
      expect(page, dimension.id).toBeDefined()
      expect(page).toContain(dimension.description.de.replace(/\s+/g, ' ').slice(0, 40))
    }
    expectNotAlone(pdf, [
      'Was auffällt',
      'Das Fundament',
      'Werkzeuge und Technologie',
      'Alle Empfehlungen nach Bereich',
      ...questionnaire.dimensions.map(
        (d) => new RegExp(`${d.title.de}( [\\d,]+ Punkte · [^·]+?)? \\d+ von \\d+ Fragen`),
      ),
    ])
    expect(pdf.info.Title).toBe('Digitale Standortbestimmung – Müller Straßenbau GmbH')
    expect(pdf.info.Author).toBe('Eva Groß, Groß & Partner Beratung')
    expect(pdf.info.Subject).toContain('Selbsteinschätzung')
    expect(pdf.info['Page size']).toContain('(A4)')
    expect(pdfLanguage(buffer)).toBe('de')
    expect(pdfFileName(input)).toBe('groundwork-mueller-strassenbau-gmbh-2026-11-23.pdf')
  })

  test('before you buy on the first page; the plan with risks, who and by when', async () => {
    const base = completeResponse(questionnaire)
    const first = scoreResponse(questionnaire, base).actionPlan[0]!
    const response = {
      ...base,
      consideringTool: 'web-shop-portal',
      plan: { [first.questionId]: { owner: 'Herr Öztürk', due: '2026-12-18' } },
    }
    const { pdf } = await generate(soloPdfInput(questionnaire, { response }))
    const report = scoreResponse(questionnaire, response)
    expect(report.purchase?.verdict).toBe('settleFirst')
    // Page 1 (the cover) already says it; the summary explains it.
    expect(pdf.pageTexts[0]).toContain('Bevor Sie kaufen: Webshop oder Kundenportal')
    expect(pdf.pageTexts[0]).toContain('Das Fundament trägt es noch nicht')
    expect(pdf.pageTexts[1]).toContain('Vorher klären:')
    const plan = pdf.pageTexts.find((page) => page.includes('Die nächsten Schritte'))!
    expect(plan).toContain('Wer Herr Öztürk')
    expect(plan).toContain('Bis wann 18. Dezember 2026')
    expect(first.risk).toBe(true)
    expect(plan).toMatch(/Risiko, das nicht wartet/i) // (the eyebrow is set in capitals)
  })

  test('partial: scores what is answered and says what is still open', async () => {
    const response = partialResponse(questionnaire)
    const { pdf } = await generate(soloPdfInput(questionnaire, { response }))
    const report = scoreResponse(questionnaire, response)
    const format = createFormat('de')
    const total = questionnaire.questions.length
    expect(pdf.text).toContain(`${format.score(report.overall!)} von 100 Punkten`)
    expect(pdf.text).toContain(`10 von ${total} Fragen beantwortet (${Math.round((100 * 10) / total)} %)`)
    expect(pdf.text).toContain('Noch offen: Geschäftsmodell (6), Kunden (6)')
    expect(pdf.text).toContain('Das Werkzeug-Inventar ist noch nicht beantwortet')
    expect(pdf.text).toContain('Noch nicht beantwortet')
    expect(pdf.text).toContain('Bäckerei Groß')
    expect(pdf.text).toContain('Selbsteinschätzung')
    expect(pdf.pages).toBeGreaterThanOrEqual(5)
  })

  test('team: spread, discussion topics, role comparison, names anonymised by default', async () => {
    const participants = teamParticipants(questionnaire, 6)
    const input = teamPdfInput(questionnaire, participants, { branding: fixtureBranding })
    const { buffer, pdf } = await generate(input)
    const { text } = pdf
    for (const heading of [
      'Das Team im Vergleich',
      'Spannweite je Bereich',
      'Gesprächsthemen',
      'Wie die Rollen es sehen',
      'Teilnehmende',
      'Das Fundament',
      'Die nächsten Schritte',
    ])
      expect(text).toContain(heading)
    expect(text).toContain('Workshop „Standortbestimmung Frühjahr“ · 6 Teilnehmende')
    expect(text).toContain('Moderation: Eva Groß')
    expect(text).toContain('Geschäftsführung gegenüber Mitarbeitende')
    const team = aggregateTeam(questionnaire, participants)
    const format = createFormat('de')
    expect(text).toContain(`${format.score(team.team.overall!)} von 100 Punkten`)
    const bm = team.dimensions.find((d) => d.dimensionId === 'business-model')!
    expect(text).toContain(`${format.score(bm.min!)} – ${format.score(bm.max!)}`)
    // The two figures of an area, named apart: the same words as on screen and in the CSV.
    expect(text).toContain('Bereich Teamwert Mittel der Einzelwerte Niedrigster – höchster Einzelwert Spanne')
    expect(text).toContain(`Geschäftsmodell ${format.score(bm.teamScore!)} ${format.score(bm.individualMean!)} `)
    expect(text).toContain(`Teamwert ${format.score(bm.teamScore!)} Punkte`)
    expect(bm.teamScore).not.toBe(bm.individualMean)
    // The agenda, ranked by disagreement, with "don't know" among the levels chosen.
    expect(team.agenda.length).toBeGreaterThan(0)
    expect(text).toMatch(/Für die Tagesordnung(: die ersten 10 von \d+)? Nr\. 1 Geteilt/)
    expect(text).toContain(questionnaire.questions.find((q) => q.id === team.agenda[0]!.questionId)!.title.de)
    expect(text).toMatch(/Gewählte Stufen: Stufe 0: 2× [^G]*1× „Weiß ich nicht“/)
    expect(text).toContain(`Bei ${team.consensus.length} Fragen ist das Team einig.`)
    expect(text).toContain('Person 2: „Im Vertrieb sehen wir das anders')
    expect(text).not.toContain('Bernd Özdemir')
    expect(pdf.info.Subject).toContain('Workshop')
    expect(pdfLanguage(buffer)).toBe('de')
    expectNotAlone(pdf, [
      'Das Team im Vergleich',
      'Gesprächsthemen',
      'Für die Tagesordnung',
      'Das Fundament',
      'Werkzeuge und Technologie',
      'Alle Empfehlungen nach Bereich',
    ])

    const named = await generate({ ...input, showNames: true })
    expect(named.pdf.text).toContain('Bernd Özdemir: „Im Vertrieb sehen wir das anders')
  })

  test('team: "don\'t know" counted in the findings, topics and the figures', async () => {
    // Person 3 cannot say for most questions; four of six cannot say how the backups stand.
    const participants = teamParticipants(questionnaire, 6).map((p, i) => ({
      ...p,
      answers: Object.fromEntries(
        Object.entries(p.answers).map(([id, answer]) => [
          id,
          (i === 2 && !id.startsWith('bm')) || (id === 'te-backup-restore' && i < 4)
            ? { choice: 'dontKnow' as const }
            : answer,
        ]),
      ),
    }))
    expect(questionnaire.questions.some((q) => q.id === 'te-backup-restore')).toBe(true)
    const input = teamPdfInput(questionnaire, participants)
    const { text } = (await generate(input)).pdf
    expect(text).toContain('Person 3 hat oft „Weiß ich nicht“ gesagt')
    expect(text).toContain('Fragen, die die meisten nicht beantworten konnten')
    expect(text).not.toContain('Keine Auffälligkeiten')
    const team = aggregateTeam(questionnaire, participants)
    expect(team.discussionTopics.some((q) => q.kind === 'unknown')).toBe(true)
    expect(text).toContain('Nicht alle wissen es')

    const english = (await generate({ ...input, locale: 'en' })).pdf.text
    expect(english).toContain('Area Team score Mean of individual scores')
    // (The text layer drops the typographic apostrophe: "don t".)
    expect(english).toContain('Person 3 often said “don')
  })

  test('team: names read whole, notes without the role, decisions and actions', async () => {
    // A Turkish name in a note's author, the facilitator and the participants list, beside long German words.
    const participants = teamParticipants(questionnaire, 4).map((p, i) =>
      i === 1 ? { ...p, name: 'Ayşe Yılmaz', role: 'production' } : p,
    )
    const [first, second] = aggregateTeam(questionnaire, participants).agenda
    const input = teamPdfInput(questionnaire, participants, {
      workshop: {
        ...fixtureWorkshop,
        facilitator: 'Ayşe Yılmaz',
        decisions: {
          [second!.questionId]: { actions: [{ id: 'a2', text: 'Nachfragen' }] },
          [first!.questionId]: {
            decision: 'Wir führen ein gemeinsames Kundenverzeichnis ein',
            actions: [{ id: 'a1', text: 'Angebote vergleichen', owner: 'Ayşe Yılmaz', due: '2026-12-18' }],
          },
          'not-a-question': { decision: 'Übersprungen', actions: [] },
        },
      },
      // The consultant's name is set in bold on the cover.
      branding: { ...fixtureBranding, name: 'Ayşe Yılmaz' },
    })
    const anonymous = (await generate(input)).pdf.text
    // The note's author is "Person 2" and nothing pairs "Person 2" with a role.
    expect(anonymous).toContain('Person 2: „Im Vertrieb sehen wir das anders')
    expect(anonymous).not.toMatch(/Person \d \(/)
    expect(anonymous).toContain('Produktion und Werkstatt: 1')
    expect(anonymous).toContain('Moderation: Ayşe Yılmaz')
    // Decisions in the agenda's order, actions with who and by when.
    expect(anonymous).toContain(
      `Entscheidungen und Maßnahmen Nr. 1 · ${questionnaire.questions.find((q) => q.id === first!.questionId)!.title.de}`,
    )
    expect(anonymous).toContain('Entscheidung: Wir führen ein gemeinsames Kundenverzeichnis ein')
    expect(anonymous).toContain('– Angebote vergleichen · Wer: Ayşe Yılmaz · Bis wann: 18. Dezember 2026')
    expect(anonymous).toContain('– Nachfragen')
    expect(anonymous).not.toContain('Übersprungen')

    const named = (await generate({ ...input, showNames: true })).pdf
    // pdftotext reads the name whole wherever it stands: never "Y lmaz", never split across lines.
    expect(named.text).toContain('Ayşe Yılmaz: „Im Vertrieb sehen wir das anders')
    expect(named.text).toContain('Ayşe Yılmaz (Produktion und Werkstatt)')
    expect(named.text.match(/Yılmaz/g)!.length).toBe(named.text.match(/lmaz/g)!.length)
    expect(named.text).not.toMatch(/Y\s?lmaz|Ay\s?e Y/)
    expect(named.text.match(/Ayşe Yılmaz/g)!.length).toBeGreaterThanOrEqual(5)
  })

  test('no blank page and no heading alone, whatever the answers fill: strong, weak, a team of 30', async () => {
    // Every level 4 (a short plan), every level 0 (a long one), and the bench's 30-person team.
    const everyAnswer = (choice: Choice) =>
      Object.fromEntries(questionnaire.questions.map((q) => [q.id, { choice }])) as Answers
    const base = completeResponse(questionnaire)
    for (const input of [
      soloPdfInput(questionnaire, { response: { ...base, answers: everyAnswer(4) } }),
      soloPdfInput(questionnaire, { response: { ...base, answers: everyAnswer(0) } }),
      teamPdfInput(questionnaire, teamParticipants(questionnaire, 30)),
    ]) {
      const { pdf } = await generate(input) // (checks every page for content)
      expectNotAlone(pdf, ['Das Fundament', 'Werkzeuge und Technologie', 'Die nächsten Schritte'])
      expect(pdf.text).toContain('Anhang: Wie die Wertung entsteht')
    }
  })

  test('in English the same numbers use a decimal point', async () => {
    const { buffer, pdf } = await generate(soloPdfInput(questionnaire, { locale: 'en' }))
    const report = scoreResponse(questionnaire, completeResponse(questionnaire))
    expect(pdf.text).toContain(`${createFormat('en').score(report.overall!)} out of 100 points`)
    expect(pdf.text).toContain('Tools bought before the business is understood')
    expect(pdf.text).toContain('Your company: Tools first')
    expect(pdf.text).toContain('Appendix: how the scores are computed')
    expect(pdf.info.Title).toBe('Digital maturity assessment – Müller Straßenbau GmbH')
    expect(pdfLanguage(buffer)).toBe('en')
  })
})
