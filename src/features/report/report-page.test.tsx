// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, test } from 'vitest'
import { loadDefaultQuestionnaire } from '../../store/questionnaire-store.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useBrandingStore } from '../../store/branding-store.ts'
import { fixtures, renderReport } from '../../../tests/pages/report.tsx'
import { textsOf } from '../../../tests/queries.ts'

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

// The page suspends until the embedded questionnaire's chunk is loaded: load it once up front.
beforeAll(() => loadDefaultQuestionnaire())

describe('report', () => {
  test('a strong profile: level, score with a decimal comma, foundation first, answers and notes', async () => {
    await renderReport(fixtures.strong)
    expect(await screen.findByRole('heading', { level: 1, name: /Ihr Bericht/ })).toBeInTheDocument()
    expect(screen.getByText('79,2 von 100')).toBeInTheDocument()
    const summary = screen.getByRole('region', { name: 'Gesamtbild' })
    expect(summary).toHaveTextContent(/Stufe 4 von 4\s*Gesteuert\s*79,2 von 100/)
    const figures = screen.getAllByRole('definition')
    expect(figures.map((f) => f.textContent)).toEqual(expect.arrayContaining(['87,5', '62,5']))
    expect(screen.getByText(/Keine Auffälligkeiten/)).toBeInTheDocument()

    const foundation = screen.getByRole('region', { name: 'Das Fundament' })
    const areas = textsOf(foundation, 'heading', { level: 3 })
    expect(areas).toEqual(['Geschäftsmodell', 'Kunden'])
    expect(within(foundation).getByText(/bm-a Stufe 4/)).toBeInTheDocument()
    expect(within(foundation).getByText(/Einseitiges Papier/)).toBeInTheDocument()
    const tools = screen.getByRole('region', { name: 'Werkzeuge und Technologie' })
    expect(within(tools).getByRole('heading', { level: 3, name: 'Technologie' })).toBeInTheDocument()
    expect(within(tools).getByText(/zählt voll/)).toBeInTheDocument()
  })

  test('industry, size and role from the company step appear under the heading; F, T and "counted" are explained', async () => {
    await renderReport({
      ...fixtures.strong,
      company: { name: 'Brandt GmbH', industry: 'Heizungsbau', size: '10–49', role: 'Inhaber' },
    })
    expect(await screen.findByRole('heading', { level: 1, name: /Ihr Bericht\s*für Brandt GmbH/ })).toBeInTheDocument()
    const terms = screen.getAllByRole('term').map((term) => term.textContent)
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent)
    // The facts come first on the page, each beside its term.
    expect(terms.slice(0, 3)).toEqual(['Branche', 'Größe', 'Rolle'])
    expect(definitions.slice(0, 3)).toEqual(['Heizungsbau', '10–49 Beschäftigte', 'Inhaber'])
    expect(screen.getByText('Fundament (F)')).toBeInTheDocument()
    expect(
      screen.getByText(/F ist der gewichtete Mittelwert .* Gezählt wird T nur bis F plus \d+ Punkte/),
    ).toBeInTheDocument()
  })

  test('in English the same numbers use a decimal point', async () => {
    await renderReport(fixtures.strong, 'en')
    expect(await screen.findByText('79.2 out of 100')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'The foundation' })).toBeInTheDocument()
  })

  test('tools bought ahead of the business model: the CRM story, what is barely used, technology counted in part', async () => {
    await renderReport(fixtures.toolsAhead)
    const finding = await screen.findByRole('article', {
      name: 'Werkzeuge gekauft, bevor das Geschäft verstanden ist',
    })
    // three kinds introduced of three answered → 100; business model 50; one of three used by most → 33 %
    expect(finding).toHaveTextContent('100,0 von 100 möglichen Punkten an Werkzeugen eingeführt')
    expect(finding).toHaveTextContent('erreicht aber nur 50,0')
    expect(finding).toHaveTextContent('nutzen nur 33 %')
    expect(finding).toHaveTextContent(/CRM begann als Management-Methode/)
    const barelyUsed = screen.getByRole('article', { name: 'Gekauft, aber kaum genutzt' })
    expect(textsOf(barelyUsed, 'listitem')).toEqual(['CRM (de)', 'Shop (de)'])
    expect(screen.getByText(/Sie haben mehr Werkzeuge eingeführt, als Ihr Verständnis/)).toBeInTheDocument()
    const map = screen.getByRole('region', { name: 'Geschäftsmodell und eingeführte Werkzeuge' })
    expect(
      within(map).getByRole('img', { name: /Geschäftsmodell 50,0, Werkzeuge 100,0 – Werkzeuge zuerst/ }),
    ).toBeInTheDocument()
    expect(within(map).getByRole('row', { name: /Ihr Unternehmen/ })).toHaveTextContent('50,0100,033 %Werkzeuge zuerst')
    const tools = screen.getByRole('region', { name: 'Werkzeuge und Technologie' })
    expect(textsOf(tools, 'definition')).toEqual(['100,0', '51,7'])
    expect(within(tools).getByText(/CRM-System seit 2019/)).toBeInTheDocument()
  })

  test('a weak profile: weak business model, unknowns and "not needed" that cannot count yet', async () => {
    await renderReport(fixtures.weak)
    expect(
      await screen.findByRole('article', { name: 'Das Geschäftsmodell ist noch nicht gemeinsam geklärt' }),
    ).toHaveTextContent('12,5 von 100 Punkten, weniger als 40,0')
    expect(screen.getByRole('article', { name: 'Viel Unbekanntes: Geschäftsmodell' })).toHaveTextContent(
      /Nicht zu wissen ist selbst ein Befund/,
    )
    expect(screen.getByRole('article', { name: 'Viel Unbekanntes: Technologie' })).toBeInTheDocument()
    const notNeeded = screen.getByRole('article', { name: /nicht nötig“ zählt noch nicht/ })
    expect(notNeeded).toHaveTextContent(/Das kann gut stimmen\. Die Wertung lässt solche Antworten aber erst weg/)
    expect(within(notNeeded).getByRole('listitem')).toHaveTextContent('Channels (de)')
    expect(screen.getByText(/Zählt noch wie „Weiß ich nicht“/)).toBeInTheDocument()
  })

  test('before you buy: naming the tool on offer shows the verdict and what to settle first', async () => {
    await renderReport(fixtures.weak)
    const buy = await screen.findByRole('region', { name: 'Bevor Sie kaufen' })
    await userEvent.selectOptions(
      within(buy).getByRole('combobox', { name: 'Welche Art von Werkzeug wird Ihnen gerade angeboten?' }),
      'CRM (de)',
    )
    expect(useAssessmentStore.getState().response?.consideringTool).toBe('crm')
    const verdict = within(buy).getByRole('article', { name: 'Bevor Sie kaufen: CRM (de)' })
    expect(verdict).toHaveTextContent('Das Fundament trägt es noch nicht – erst klären, dann entscheiden.')
    // The business model scores 12,5 of the 55 that carry a purchase; the CRM's "settle first" question is at level 1.
    expect(verdict).toHaveTextContent(
      'Das Geschäftsmodell erreicht 12,5 Punkte; getragen wird ein solcher Kauf ab 55,0',
    )
    expect(within(verdict).getByRole('listitem')).toHaveTextContent(/^Needs \(de\) – Heute: cu-a Stufe 1/)
    // Before the summary's findings: the verdict sits on the first screen of the report.
    const findings = screen.getByRole('region', { name: 'Was auffällt' })
    expect(buy.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('a risk that does not wait heads the plan; who and by when are kept with the answers', async () => {
    await renderReport(fixtures.weak)
    const findings = await screen.findByRole('region', { name: 'Was auffällt' })
    expect(within(findings).getByRole('article', { name: 'Risiken, die nicht warten' })).toHaveTextContent(
      'Backups (de)',
    )
    const plan = screen.getByRole('region', { name: 'Die nächsten Schritte' })
    const [first] = within(plan).getAllByRole('listitem')
    expect(within(first!).getByRole('heading', { level: 3 })).toHaveTextContent('Backups (de)')
    expect(first).toHaveTextContent('Risiko, das nicht wartet')
    await userEvent.type(within(first!).getByRole('textbox', { name: 'Wer' }), 'Frau Kaya')
    await userEvent.type(within(first!).getByLabelText('Bis wann'), '2026-12-18')
    expect(useAssessmentStore.getState().response?.plan).toEqual({ 'te-b': { owner: 'Frau Kaya', due: '2026-12-18' } })
  })

  test('a partial assessment says what is missing and links back to it', async () => {
    await renderReport(fixtures.partial)
    expect(await screen.findByText('3 von 6 Fragen beantwortet (50 %)')).toBeInTheDocument()
    const links = screen.getAllByRole('link', { name: /offen$/ })
    expect(links.map((l) => l.textContent)).toEqual([
      'Geschäftsmodell: 1 Frage offen',
      'Kunden: 1 Frage offen',
      'Technologie: 1 Frage offen',
    ])
    expect(links[0]).toHaveAttribute('href', '/assess/business-model')
    await userEvent.click(links[2]!)
    expect(await screen.findByText('assessment step')).toBeInTheDocument()
  })

  test('the action plan puts the business model first, with the next level and why it matters', async () => {
    await renderReport(fixtures.strong)
    const plan = await screen.findByRole('region', { name: 'Die nächsten Schritte' })
    const steps = textsOf(plan, 'heading', { level: 3 })
    expect(steps.slice(0, 3)).toEqual(['Money (de)', 'Needs (de)', 'Backups (de)'])
    expect(within(plan).getAllByText('bm-b Schritt 3').length).toBeGreaterThan(0)
    expect(within(plan).getByText('bm-b Stufe 4')).toBeInTheDocument()
    expect(within(plan).getByRole('heading', { level: 3, name: 'Alle Empfehlungen nach Bereich' })).toBeInTheDocument()
  })

  test('charts have a text equivalent and a table with the same numbers', async () => {
    await renderReport(fixtures.toolsAhead)
    const radar = await screen.findByRole('img', { name: /Netzdiagramm/ })
    expect(radar).toHaveAccessibleName(/Technologie \(Werkzeuge\) 100,0/)
    const table = screen.getByRole('table', { name: 'Punkte je Bereich (0 bis 100)' })
    const row = within(table).getByRole('row', { name: /Kunden/ })
    expect(textsOf(row, 'cell')).toEqual(['Fundament', '25,0', 'Bewusst'])
  })

  test('no answers yet: the report says so and points to the assessment', async () => {
    await renderReport(null)
    expect(await screen.findByRole('heading', { level: 1, name: 'Noch keine Einschätzung' })).toBeInTheDocument()
    // No report made of nothing: neither a score nor steps.
    expect(screen.queryByRole('region', { name: 'Gesamtbild' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Die nächsten Schritte' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Zur Einschätzung' }))
    expect(await screen.findByText('start page')).toBeInTheDocument()
  })

  test("the consultant's branding heads the report; without it there is no empty line", async () => {
    const { unmount } = await renderReport(fixtures.strong)
    await screen.findByRole('heading', { level: 1, name: /Ihr Bericht/ })
    expect(screen.queryByRole('complementary', { name: 'Beratung' })).not.toBeInTheDocument()
    unmount()

    useBrandingStore.setState({
      branding: {
        name: 'Jana Weber',
        company: 'Weber Beratung',
        contact: 'jana@weber.example · 0711 123',
        logo: PIXEL,
      },
    })
    await renderReport(fixtures.strong)
    const line = await screen.findByRole('complementary', { name: 'Beratung' })
    expect(line).toHaveTextContent('Begleitet von Jana Weber, Weber Beratung')
    expect(line).toHaveTextContent('jana@weber.example · 0711 123')
    expect(within(line).getByRole('img', { name: 'Weber Beratung' })).toHaveAttribute('src', PIXEL)
  })
})
