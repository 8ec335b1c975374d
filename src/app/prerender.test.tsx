import { describe, expect, test } from 'vitest'
import { defaultQuestionnaireProblem, renderStartPage as startPageHtml, scripts } from './prerender.tsx'

describe('what the build puts into index.html', () => {
  test('the embedded questionnaire ships as it is: valid, and unchanged by validation', () => {
    expect(defaultQuestionnaireProblem()).toBeNull()
  })

  test('the start page in each language, with the begin button held in place until the workspace opens', async () => {
    const german = await startPageHtml('de')
    const english = await startPageHtml('en')
    expect(german).toContain('Erst das Geschäft verstehen.')
    expect(german).toMatch(/class="button-row start-actions-pending"><button[^>]*>Einschätzung beginnen/)
    expect(english).toContain('Understand your business first.')
    expect(english).not.toContain('Geschäft')
    // Links as the hash router writes them.
    expect(german).toContain('href="#/questionnaire"')
  })

  test('the inline scripts are self-contained: they run on their own', () => {
    const head = scripts.head + scripts.deepLink({ always: ['./assets/app.js'], pages: [{ path: '^/a', files: [] }] })
    for (const script of [head, scripts.body]) expect(() => new Function(script)).not.toThrow()
    expect(scripts.head).not.toMatch(/__vite|import\(/)
  })
})
